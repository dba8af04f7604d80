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
 * Backup steps of mod_devcircle.
 *
 * @package    mod_devcircle
 * @category   backup
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

/**
 * The structure of a development circle in a backup.
 *
 * @package    mod_devcircle
 * @category   backup
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class backup_devcircle_activity_structure_step extends backup_activity_structure_step {
    /**
     * Defines the structure.
     *
     * @return backup_nested_element
     */
    protected function define_structure() {
        $userinfo = (bool) $this->get_setting_value('userinfo');

        $devcircle = new backup_nested_element('devcircle', ['id'], [
            'name', 'intro', 'introformat', 'record', 'waitformoderator', 'muteonstart', 'welcome', 'lockcam', 'lockmic',
            'lockprivatechat', 'lockpublicchat', 'openmode', 'completionattended', 'timecreated', 'timemodified',
        ]);
        $devcircle->set_source_table('devcircle', ['id' => backup::VAR_ACTIVITYID]);
        $devcircle->annotate_files('mod_devcircle', 'intro', null);

        $this->define_webinar_structure($devcircle, $userinfo);
        $this->define_pads_structure($devcircle, $userinfo);

        return $this->prepare_activity_structure($devcircle);
    }

    /**
     * Webinars: sessions with their meeting IDs (so that a restored circle still lists the
     * recordings of the original's meetings) and, with user data, their attendance.
     *
     * @param backup_nested_element $devcircle the circle element
     * @param bool $userinfo whether user data is included
     */
    protected function define_webinar_structure(backup_nested_element $devcircle, bool $userinfo): void {
        $sessions = new backup_nested_element('sessions');
        $session = new backup_nested_element('session', ['id'], [
            'title', 'agenda', 'agendaformat', 'timestart', 'duration', 'meetingid', 'timestarted', 'timeended',
            'recordingsrevision', 'usermodified', 'timecreated', 'timemodified',
        ]);
        $previousmeetings = new backup_nested_element('previousmeetings');
        $previousmeeting = new backup_nested_element('previousmeeting', ['id'], ['meetingid', 'originsession']);
        $attendances = new backup_nested_element('attendances');
        $attendance = new backup_nested_element('attendance', ['id'], ['userid', 'role', 'timejoined', 'timeleft']);
        $devcircle->add_child($sessions);
        $sessions->add_child($session);
        $session->add_child($previousmeetings);
        $previousmeetings->add_child($previousmeeting);
        $session->add_child($attendances);
        $attendances->add_child($attendance);

        $session->set_source_table('devcircle_sessions', ['devcircle' => backup::VAR_PARENTID], 'id ASC');
        $previousmeeting->set_source_table('devcircle_prev_meetings', ['sessionid' => backup::VAR_PARENTID], 'id ASC');
        if ($userinfo) {
            $attendance->set_source_table('devcircle_attendance', ['sessionid' => backup::VAR_PARENTID], 'id ASC');
        }
        $session->annotate_ids('user', 'usermodified');
        $attendance->annotate_ids('user', 'userid');
    }

    /**
     * Pads with their snapshots (the text of the circle's work) and, with user data, who wrote
     * them. Etherpad's own IDs are left out: restore creates the pads afresh with their text.
     *
     * @param backup_nested_element $devcircle the circle element
     * @param bool $userinfo whether user data is included
     */
    protected function define_pads_structure(backup_nested_element $devcircle, bool $userinfo): void {
        $pads = new backup_nested_element('pads');
        $pad = new backup_nested_element('pad', ['id'], [
            'kind', 'sessionid', 'template', 'lang', 'name', 'usercreated', 'timecreated', 'timemodified',
        ]);
        $snapshots = new backup_nested_element('snapshots');
        $snapshot = new backup_nested_element('snapshot', ['id'], [
            'revision', 'contenthash', 'text', 'html', 'reason', 'userid', 'timecreated',
        ]);
        $snapshotauthors = new backup_nested_element('snapshotauthors');
        $snapshotauthor = new backup_nested_element('snapshotauthor', ['id'], ['userid']);
        $devcircle->add_child($pads);
        $pads->add_child($pad);
        $pad->add_child($snapshots);
        $snapshots->add_child($snapshot);
        $snapshot->add_child($snapshotauthors);
        $snapshotauthors->add_child($snapshotauthor);

        // Deleted pads (kept for their undo) stay out of the backup.
        $pad->set_source_sql(
            'SELECT * FROM {devcircle_pads} WHERE devcircle = ? AND timedeleted = 0 ORDER BY id ASC',
            [backup::VAR_PARENTID]
        );
        $snapshot->set_source_table('devcircle_pad_snapshots', ['pad' => backup::VAR_PARENTID], 'id ASC');
        if ($userinfo) {
            $snapshotauthor->set_source_table('devcircle_snapshot_authors', ['snapshot' => backup::VAR_PARENTID], 'id ASC');
        }
        $pad->annotate_ids('user', 'usercreated');
        $snapshot->annotate_ids('user', 'userid');
        $snapshotauthor->annotate_ids('user', 'userid');
    }
}
