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

/**
 * Backup task of mod_devcircle.
 *
 * @package    mod_devcircle
 * @category   backup
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

require_once($CFG->dirroot . '/mod/devcircle/backup/moodle2/backup_devcircle_stepslib.php');

/**
 * Backs up a development circle: its settings, sessions (with attendance when user data is
 * included) and pads with their snapshots. A fresh snapshot of every changed pad is taken first,
 * so the backup holds the pads' current text.
 *
 * @package    mod_devcircle
 * @category   backup
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class backup_devcircle_activity_task extends backup_activity_task {
    /**
     * No particular settings.
     */
    protected function define_my_settings() {
    }

    /**
     * The steps: snapshot the pads, then write the structure.
     */
    protected function define_my_steps() {
        $this->add_step(new \mod_devcircle\backup\snapshot_pads_step('devcircle_snapshot_pads'));
        $this->add_step(new backup_devcircle_activity_structure_step('devcircle_structure', 'devcircle.xml'));
    }

    /**
     * Encodes links to the circle's pages so they can be restored.
     *
     * @param string $content the content
     * @return string
     */
    public static function encode_content_links($content) {
        global $CFG;
        $base = preg_quote($CFG->wwwroot . '/mod/devcircle', '#');
        $content = preg_replace("#($base/index\.php\?id=)([0-9]+)#", '$@DEVCIRCLEINDEX*$2@$', $content);
        $content = preg_replace("#($base/view\.php\?id=)([0-9]+)#", '$@DEVCIRCLEVIEWBYID*$2@$', $content);
        $content = preg_replace("#($base/pad\.php\?id=)([0-9]+)#", '$@DEVCIRCLEPAD*$2@$', $content);
        return $content;
    }
}
