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

namespace mod_devcircle;

/**
 * Loads development circles: course, course module and circle in one query.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class instance_repository {
    /**
     * Creates the repository.
     *
     * @param \moodle_database $db the database
     */
    public function __construct(
        /** @var \moodle_database the database */
        private readonly \moodle_database $db,
    ) {
    }

    /**
     * A circle by its course module id.
     *
     * @param int $cmid course module id
     * @return instance|null null when there is no such circle
     */
    public function get_by_cmid(int $cmid): ?instance {
        return $this->load('cm.id = :id', $cmid);
    }

    /**
     * A circle by its id.
     *
     * @param int $circleid id in the devcircle table
     * @return instance|null null when there is no such circle
     */
    public function get_by_id(int $circleid): ?instance {
        return $this->load('d.id = :id', $circleid);
    }

    /**
     * The circle a session belongs to.
     *
     * @param int $sessionid id in devcircle_sessions
     * @return instance|null null when there is no such session
     */
    public function get_by_sessionid(int $sessionid): ?instance {
        return $this->load('d.id = (SELECT s.devcircle FROM {devcircle_sessions} s WHERE s.id = :id)', $sessionid);
    }

    /**
     * The circle a pad belongs to.
     *
     * @param int $padid id in devcircle_pads
     * @return instance|null null when there is no such pad
     */
    public function get_by_padid(int $padid): ?instance {
        return $this->load('d.id = (SELECT p.devcircle FROM {devcircle_pads} p WHERE p.id = :id)', $padid);
    }

    /**
     * The ids of the circles of a course, or of every course.
     *
     * @param int $courseid the course, 0 for all
     * @return int[]
     */
    public function ids_in_course(int $courseid): array {
        $ids = $courseid > 0
            ? $this->db->get_fieldset_select('devcircle', 'id', 'course = ?', [$courseid])
            : $this->db->get_fieldset_select('devcircle', 'id', '1 = 1');
        return array_map('intval', $ids);
    }

    /**
     * Loads course, course module and circle in one query.
     *
     * @param string $where the condition, with the placeholder :id
     * @param int $id its value
     * @return instance|null
     */
    private function load(string $where, int $id): ?instance {
        $coursetable = new \core\dml\table('course', 'c', 'c_');
        $circletable = new \core\dml\table('devcircle', 'd', 'd_');
        $sql = "SELECT {$coursetable->get_field_select()}, {$circletable->get_field_select()}, cm.id AS cmid
                  FROM {devcircle} d
                  JOIN {course_modules} cm ON cm.instance = d.id
                  JOIN {modules} m ON m.id = cm.module AND m.name = :modname
                  JOIN {course} c ON c.id = d.course
                 WHERE {$where}";
        $row = $this->db->get_record_sql($sql, ['modname' => 'devcircle', 'id' => $id]);
        if (!$row) {
            return null;
        }
        return new instance($coursetable->extract_from_result($row), $circletable->extract_from_result($row), (int) $row->cmid);
    }
}
