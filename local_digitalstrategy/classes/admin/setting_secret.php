<?php
// This file is part of Moodle - https://moodle.org/
//
// Moodle is free software: you can redistribute it and/or modify
// it under the terms of the GNU General Public License as published by
// the Free Software Foundation, either version 3 of the License, or
// (at your option) any later version.
//
// Moodle is distributed in the hope that it will be useful,
// but WITHOUT ANY WARRANTY; without even the implied warranty of
// MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
// GNU General Public License for more details.
//
// You should have received a copy of the GNU General Public License
// along with Moodle.  If not, see <https://www.gnu.org/licenses/>.

namespace local_digitalstrategy\admin;

defined('MOODLE_INTERNAL') || die();

global $CFG;
require_once($CFG->libdir . '/adminlib.php');

/**
 * A write-only secret (a shared secret, an API key): the admin form never shows the stored value.
 *
 * Core's password settings put the stored value into the page (masked, but in the HTML). Here the
 * field is always empty; an empty submission keeps the stored secret, anything else replaces it.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class setting_secret extends \admin_setting_configpasswordunmask {
    /**
     * Renders the field empty, saying whether a secret is stored.
     *
     * @param mixed $data the stored value (never rendered)
     * @param string $query
     * @return string HTML
     */
    public function output_html($data, $query = '') {
        $stored = trim((string) $data) !== '';
        $this->description .= ($this->description === '' ? '' : ' ') .
            get_string($stored ? 'secretstored' : 'secretnotstored', 'local_digitalstrategy');
        return parent::output_html('', $query);
    }

    /**
     * Keeps the stored secret when the field was left empty.
     *
     * @param mixed $data the submitted value
     * @return string empty on success, otherwise an error
     */
    public function write_setting($data) {
        if (trim((string) $data) === '' && trim((string) $this->get_setting()) !== '') {
            return '';
        }
        return parent::write_setting(trim((string) $data));
    }
}
