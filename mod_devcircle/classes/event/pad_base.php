<?php
// This file is part of Moodle - http://moodle.org/
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
// along with Moodle.  If not, see <http://www.gnu.org/licenses/>.

namespace mod_devcircle\event;

/**
 * Common part of the pad events: logged in the circle's module context, about one pad.
 *
 * @property-read array $other {
 *      Extra information about the event.
 *
 *      - int padid: id of the pad (devcircle_pads)
 * }
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
abstract class pad_base extends \core\event\base {
    /**
     * The pad page.
     *
     * @return \moodle_url
     */
    public function get_url() {
        return new \moodle_url('/mod/devcircle/pad.php', ['id' => $this->other['padid']]);
    }

    /**
     * Checks the data.
     *
     * @return void
     */
    protected function validate_data() {
        parent::validate_data();
        if (!isset($this->other['padid'])) {
            throw new \coding_exception('The \'padid\' value must be set in other.');
        }
        if ($this->contextlevel !== CONTEXT_MODULE) {
            throw new \coding_exception('Context level must be CONTEXT_MODULE.');
        }
    }

    /**
     * Tells backup and restore how to map the object id.
     *
     * @return array
     */
    public static function get_objectid_mapping() {
        return ['db' => 'devcircle_pads', 'restore' => 'devcircle_pad'];
    }

    /**
     * Tells backup and restore how to map the other data.
     *
     * @return array
     */
    public static function get_other_mapping() {
        return ['padid' => ['db' => 'devcircle_pads', 'restore' => 'devcircle_pad']];
    }
}
