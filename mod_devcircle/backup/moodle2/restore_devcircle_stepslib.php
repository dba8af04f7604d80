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
 * Restore structure step of a development circle.
 *
 * @package    mod_devcircle
 * @category   backup
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

/**
 * Restores devcircle.xml (see backup_devcircle_activity_structure_step for its structure).
 *
 * Sessions get new meeting IDs (they are hashes of site, circle and session), so a restored
 * circle never shares a webinar with the original; the meeting IDs a session held before (its
 * own in the original, and those the original had inherited) are remembered, so that the
 * restored circle still lists their recordings. Session ids are mapped as "devcircle_session"
 * for the parts that refer to sessions.
 *
 * @package    mod_devcircle
 * @category   backup
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class restore_devcircle_activity_structure_step extends restore_activity_structure_step {
    /**
     * The paths to restore.
     *
     * @return restore_path_element[]
     */
    protected function define_structure() {
        $paths = [new restore_path_element('devcircle', '/activity/devcircle')];
        $paths = array_merge($paths, $this->define_webinar_paths());
        $paths = array_merge($paths, $this->define_pads_paths());
        return $this->prepare_activity_structure($paths);
    }

    /**
     * Webinars: sessions and attendance.
     *
     * @return restore_path_element[]
     */
    protected function define_webinar_paths(): array {
        $paths = [
            new restore_path_element('devcircle_session', '/activity/devcircle/sessions/session'),
            new restore_path_element(
                'devcircle_prev_meeting',
                '/activity/devcircle/sessions/session/previousmeetings/previousmeeting'
            ),
        ];
        if ($this->get_setting_value('userinfo')) {
            $paths[] = new restore_path_element(
                'devcircle_attendance',
                '/activity/devcircle/sessions/session/attendances/attendance'
            );
        }
        return $paths;
    }

    /**
     * Pads with their snapshots and, with user data, who wrote them.
     *
     * @return restore_path_element[]
     */
    protected function define_pads_paths(): array {
        $paths = [
            new restore_path_element('devcircle_pad', '/activity/devcircle/pads/pad'),
            new restore_path_element('devcircle_pad_snapshot', '/activity/devcircle/pads/pad/snapshots/snapshot'),
        ];
        if ($this->get_setting_value('userinfo')) {
            $paths[] = new restore_path_element(
                'devcircle_snapshot_author',
                '/activity/devcircle/pads/pad/snapshots/snapshot/snapshotauthors/snapshotauthor'
            );
        }
        return $paths;
    }

    /**
     * Restores the circle.
     *
     * @param array $data the data
     */
    protected function process_devcircle($data) {
        global $DB;
        $data = (object) $data;
        $data->course = $this->get_courseid();
        $data->timecreated = $this->apply_date_offset($data->timecreated);
        $data->timemodified = $this->apply_date_offset($data->timemodified);
        $newid = $DB->insert_record('devcircle', $data);
        $this->apply_activity_instance($newid);
    }

    /**
     * Restores a session with a new meeting ID, remembering the one it held in the original.
     *
     * @param array $data the data
     */
    protected function process_devcircle_session($data) {
        global $DB;
        $data = (object) $data;
        $oldid = $data->id;
        $oldmeetingid = (string) ($data->meetingid ?? '');
        $wasstarted = (int) $data->timestarted > 0;
        $circleid = $this->get_new_parentid('devcircle');
        $data->devcircle = $circleid;
        $data->timestart = $this->apply_date_offset($data->timestart);
        $data->usermodified = $this->get_mappingid('user', $data->usermodified, 0);
        // A restored session is not running anywhere: a started run counts as ended.
        if ((int) $data->timestarted > (int) $data->timeended) {
            $data->timeended = $data->timestarted;
        }
        $data->recordingsrevision = 0;
        $data->meetingid = 'restore-' . random_string(40);
        $newid = $DB->insert_record('devcircle_sessions', $data);
        $DB->set_field(
            'devcircle_sessions',
            'meetingid',
            \mod_devcircle\webinar\session::meeting_id_for($circleid, $newid),
            ['id' => $newid]
        );
        // Only a session that was started can have recordings (older backups do not carry the meeting ID).
        if ($wasstarted && $oldmeetingid !== '') {
            \core\di::get(\mod_devcircle\webinar\session_repository::class)
                ->add_previous_meeting($newid, $oldmeetingid, (int) $oldid, time());
        }
        $this->set_mapping('devcircle_session', $oldid, $newid, true);
    }

    /**
     * Restores a meeting ID the session had inherited from an earlier restore.
     *
     * @param array $data the data
     */
    protected function process_devcircle_prev_meeting($data) {
        $data = (object) $data;
        \core\di::get(\mod_devcircle\webinar\session_repository::class)->add_previous_meeting(
            (int) $this->get_new_parentid('devcircle_session'),
            (string) $data->meetingid,
            (int) $data->originsession,
            time()
        );
    }

    /**
     * Restores an attendance record.
     *
     * @param array $data the data
     */
    protected function process_devcircle_attendance($data) {
        global $DB;
        $data = (object) $data;
        $data->sessionid = $this->get_new_parentid('devcircle_session');
        $data->userid = $this->get_mappingid('user', $data->userid);
        if (!$data->userid) {
            return;
        }
        $DB->insert_record('devcircle_attendance', $data);
    }

    /**
     * Restores a pad without its Etherpad IDs: a new, unguessable pad is created in Etherpad
     * with the text of the last snapshot (see restore_devcircle_activity_task::after_restore()).
     *
     * @param array $data the data
     */
    protected function process_devcircle_pad($data) {
        global $DB;
        $data = (object) $data;
        $oldid = $data->id;
        $data->devcircle = $this->get_new_parentid('devcircle');
        $data->sessionid = $data->sessionid ? ($this->get_mappingid('devcircle_session', $data->sessionid) ?: null) : null;
        $data->usercreated = $this->get_mappingid('user', $data->usercreated, 0);
        $data->padname = \mod_devcircle\pads\pad_repository::new_pad_name();
        $data->groupid = null;
        $data->padid = null;
        $data->readonlyid = null;
        $data->timecreated = $this->apply_date_offset($data->timecreated);
        $data->timemodified = $this->apply_date_offset($data->timemodified);
        $newid = $DB->insert_record('devcircle_pads', $data);
        $this->set_mapping('devcircle_pad', $oldid, $newid);
    }

    /**
     * Restores a snapshot of a pad.
     *
     * @param array $data the data
     */
    protected function process_devcircle_pad_snapshot($data) {
        global $DB;
        $data = (object) $data;
        $oldid = $data->id;
        $data->pad = $this->get_new_parentid('devcircle_pad');
        $data->userid = $this->get_mappingid('user', $data->userid, 0);
        $newid = $DB->insert_record('devcircle_pad_snapshots', $data);
        $this->set_mapping('devcircle_pad_snapshot', $oldid, $newid);
    }

    /**
     * Restores who wrote in a pad before a snapshot.
     *
     * @param array $data the data
     */
    protected function process_devcircle_snapshot_author($data) {
        global $DB;
        $data = (object) $data;
        $data->snapshot = $this->get_new_parentid('devcircle_pad_snapshot');
        $data->userid = $this->get_mappingid('user', $data->userid);
        if (!$data->userid) {
            return;
        }
        $DB->insert_record('devcircle_snapshot_authors', $data);
    }

    /**
     * Restores the files of the description.
     */
    protected function after_execute() {
        $this->add_related_files('mod_devcircle', 'intro', null);
    }
}
