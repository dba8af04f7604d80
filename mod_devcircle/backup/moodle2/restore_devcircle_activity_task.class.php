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
 * Restore task of a development circle.
 *
 * @package    mod_devcircle
 * @category   backup
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

require_once($CFG->dirroot . '/mod/devcircle/backup/moodle2/restore_devcircle_stepslib.php');

/**
 * Restores a development circle.
 *
 * @package    mod_devcircle
 * @category   backup
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class restore_devcircle_activity_task extends restore_activity_task {
    /**
     * No settings of its own.
     */
    protected function define_my_settings() {
    }

    /**
     * One structure step.
     */
    protected function define_my_steps() {
        $this->add_step(new restore_devcircle_activity_structure_step('devcircle_structure', 'devcircle.xml'));
    }

    /**
     * The contents with links to decode.
     *
     * @return restore_decode_content[]
     */
    public static function define_decode_contents() {
        return [
            new restore_decode_content('devcircle', ['intro'], 'devcircle'),
            new restore_decode_content('devcircle_sessions', ['agenda'], 'devcircle_session'),
        ];
    }

    /**
     * The link rules.
     *
     * @return restore_decode_rule[]
     */
    public static function define_decode_rules() {
        return [
            new restore_decode_rule('DEVCIRCLEVIEWBYID', '/mod/devcircle/view.php?id=$1', 'course_module'),
            new restore_decode_rule('DEVCIRCLEINDEX', '/mod/devcircle/index.php?id=$1', 'course'),
            new restore_decode_rule('DEVCIRCLEPAD', '/mod/devcircle/pad.php?id=$1', 'devcircle_pad'),
        ];
    }

    /**
     * No legacy log rules.
     *
     * @return restore_log_rule[]
     */
    public static function define_restore_log_rules() {
        return [];
    }

    /**
     * No legacy log rules.
     *
     * @return restore_log_rule[]
     */
    public static function define_restore_log_rules_for_course() {
        return [];
    }

    /**
     * Once the course module exists: the sessions' calendar events follow the restored sessions.
     */
    public function after_restore() {
        $instance = \core\di::get(\mod_devcircle\instance_repository::class)->get_by_cmid((int) $this->get_moduleid());
        if ($instance) {
            \core\di::get(\mod_devcircle\webinar\session_manager::class)->sync_calendar($instance);
            // Pads: created afresh in Etherpad with the text of their last snapshot (or when first opened).
            \core\di::get(\mod_devcircle\pads\pad_service::class)->recreate_circle($instance->get_instance_id());
        }
    }
}
