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
 * Test data generator for mod_devcircle.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

/**
 * Creates development circles for tests.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class mod_devcircle_generator extends testing_module_generator {
    /**
     * Creates a circle; only the course is required.
     *
     * @param array|stdClass|null $record fields of the circle, as the module form would submit them
     * @param array|null $options course module settings such as visible or completion
     * @return stdClass the circle record with the extra field cmid
     */
    public function create_instance($record = null, ?array $options = null) {
        $record = (object) (array) $record;
        if (!isset($record->intro)) {
            $record->intro = 'A circle for trying out digital rosters.';
        }
        if (!isset($record->introformat)) {
            $record->introformat = FORMAT_HTML;
        }
        return parent::create_instance($record, (array) $options);
    }

    /**
     * Plans a session in a circle.
     *
     * @param array|stdClass $record devcircle (the circle id) is required; title, agenda, timestart, duration
     * @return \mod_devcircle\webinar\session
     */
    public function create_session($record): \mod_devcircle\webinar\session {
        global $USER;
        $record = (array) $record;
        if (empty($record['devcircle'])) {
            throw new coding_exception('create_session needs the circle id in devcircle');
        }
        $instance = \core\di::get(\mod_devcircle\instance_repository::class)->get_by_id((int) $record['devcircle']);
        static $count = 0;
        $count++;
        $data = (object) array_merge([
            'title' => 'Sitzung ' . $count,
            'agenda' => 'Rückblick, Ergebnisse, nächste Schritte',
            'agendaformat' => FORMAT_HTML,
            'timestart' => time() + DAYSECS * $count,
            'duration' => HOURSECS,
        ], $record);
        return \core\di::get(\mod_devcircle\webinar\session_manager::class)->create($instance, $data, (int) $USER->id);
    }
}
