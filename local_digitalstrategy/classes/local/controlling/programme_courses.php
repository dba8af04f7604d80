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

namespace local_digitalstrategy\local\controlling;

/**
 * The programme's courses as an SQL condition, the one rule every figure of the controlling uses:
 * the courses of the category in the setting programmecategory and its subcategories, or, for 0,
 * every course with a development circle.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class programme_courses {
    /**
     * The condition that a course column holds a programme course.
     *
     * @param int $category the setting programmecategory, 0 for the courses with a development circle
     * @param string $coursecolumn the column holding the course id
     * @param string $prefix prefix of the aliases and named parameters, unique within the query
     * @return array{0: string, 1: array<string, mixed>} the condition and its parameters
     */
    public static function condition(int $category, string $coursecolumn, string $prefix = 'pc'): array {
        if ($category <= 0) {
            return ["{$coursecolumn} IN (SELECT {$prefix}d.course FROM {devcircle} {$prefix}d)", []];
        }
        return [
            "{$coursecolumn} IN (SELECT {$prefix}c.id
                                   FROM {course} {$prefix}c
                                   JOIN {course_categories} {$prefix}cc ON {$prefix}cc.id = {$prefix}c.category
                                  WHERE {$prefix}cc.id = :{$prefix}id OR {$prefix}cc.path LIKE :{$prefix}path)",
            [$prefix . 'id' => $category, $prefix . 'path' => '%/' . $category . '/%'],
        ];
    }
}
