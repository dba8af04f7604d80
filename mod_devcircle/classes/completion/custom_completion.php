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

namespace mod_devcircle\completion;

use core_completion\activity_custom_completion;
use local_digitalstrategy\local\plural;
use mod_devcircle\webinar\attendance_repository;

/**
 * The completion rule of a development circle: attended at least N sessions (through Moodle).
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class custom_completion extends activity_custom_completion {
    /**
     * Whether the user attended enough sessions.
     *
     * @param string $rule the rule
     * @return int COMPLETION_COMPLETE or COMPLETION_INCOMPLETE
     */
    public function get_state(string $rule): int {
        $this->validate_rule($rule);
        $required = (int) ($this->cm->customdata['customcompletionrules']['completionattended'] ?? 0);
        $attended = \core\di::get(attendance_repository::class)->count_sessions_attended((int) $this->cm->instance, $this->userid);
        return $required > 0 && $attended >= $required ? COMPLETION_COMPLETE : COMPLETION_INCOMPLETE;
    }

    /**
     * The custom rules of the module.
     *
     * @return array
     */
    public static function get_defined_custom_rules(): array {
        return ['completionattended'];
    }

    /**
     * Descriptions of the rules as set for this activity.
     *
     * @return array
     */
    public function get_custom_rule_descriptions(): array {
        $required = (int) ($this->cm->customdata['customcompletionrules']['completionattended'] ?? 0);
        return ['completionattended' => plural::get_string('completiondetail:attended', 'mod_devcircle', $required)];
    }

    /**
     * The order in which rules are shown.
     *
     * @return array
     */
    public function get_sort_order(): array {
        return ['completionview', 'completionattended'];
    }
}
