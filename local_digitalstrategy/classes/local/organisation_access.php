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

namespace local_digitalstrategy\local;

use context_system;
use local_digitalstrategy\organisation;
use moodle_exception;

/**
 * Who may answer for an organisation and who may see its answers and results.
 *
 * Members answer while the organisation is active and they hold the capability; members, and
 * those who may see all results, see the results. Results of one organisation are never shown to
 * members of another.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class organisation_access {
    /**
     * Creates the service.
     *
     * @param organisation_repository $organisations
     */
    public function __construct(
        /** @var organisation_repository */
        private readonly organisation_repository $organisations,
    ) {
    }

    /**
     * Whether a user belongs to the organisation.
     *
     * @param organisation $organisation
     * @param int $userid
     * @return bool
     */
    public function is_member(organisation $organisation, int $userid): bool {
        return $this->organisations->get_role($organisation, $userid) !== null;
    }

    /**
     * Whether a user may answer checks for the organisation: a member holding the capability,
     * while the organisation is active.
     *
     * @param organisation $organisation
     * @param int $userid
     * @return bool
     */
    public function can_answer(organisation $organisation, int $userid): bool {
        return !$organisation->is_archived() && $this->is_member($organisation, $userid)
            && has_capability('local/digitalstrategy:answercheck', context_system::instance(), $userid);
    }

    /**
     * Whether a user may see the organisation's answers and results: its members, and those
     * who may see all results.
     *
     * @param organisation $organisation
     * @param int $userid
     * @return bool
     */
    public function can_view(organisation $organisation, int $userid): bool {
        return has_capability('local/digitalstrategy:viewallresults', context_system::instance(), $userid)
            || $this->is_member($organisation, $userid);
    }

    /**
     * Throws unless the user may answer for the organisation.
     *
     * @param organisation $organisation
     * @param int $userid
     * @throws moodle_exception
     */
    public function require_can_answer(organisation $organisation, int $userid): void {
        if ($organisation->is_archived()) {
            throw new moodle_exception('organisationarchived', 'local_digitalstrategy');
        }
        if (!$this->is_member($organisation, $userid)) {
            throw new moodle_exception('notmember', 'local_digitalstrategy');
        }
        require_capability('local/digitalstrategy:answercheck', context_system::instance(), $userid);
    }

    /**
     * Throws unless the user may see the organisation's answers and results.
     *
     * @param organisation $organisation
     * @param int $userid
     * @throws moodle_exception
     */
    public function require_can_view(organisation $organisation, int $userid): void {
        if (!$this->can_view($organisation, $userid)) {
            throw new moodle_exception('notmember', 'local_digitalstrategy');
        }
    }

    /**
     * Whether a user sees the organisation's strategy, goals and measures: its members holding
     * the capability, and the project team and expert forum (who may see all strategies).
     *
     * @param organisation $organisation
     * @param int $userid
     * @return bool
     */
    public function can_view_strategy(organisation $organisation, int $userid): bool {
        $system = context_system::instance();
        return has_capability('local/digitalstrategy:viewallstrategies', $system, $userid)
            || ($this->is_member($organisation, $userid) && has_capability('local/digitalstrategy:viewstrategy', $system, $userid));
    }

    /**
     * Whether a user may edit the organisation's strategy draft, goals and measures and rate
     * measures: a member holding the capability, while the organisation is active.
     *
     * @param organisation $organisation
     * @param int $userid
     * @return bool
     */
    public function can_edit_strategy(organisation $organisation, int $userid): bool {
        return !$organisation->is_archived() && $this->is_member($organisation, $userid)
            && has_capability('local/digitalstrategy:editstrategy', context_system::instance(), $userid);
    }

    /**
     * Whether a user may adopt the organisation's strategy and release its best practice: a member
     * with the leadership role holding the capability, while the organisation is active.
     *
     * @param organisation $organisation
     * @param int $userid
     * @return bool
     */
    public function can_adopt_strategy(organisation $organisation, int $userid): bool {
        return !$organisation->is_archived()
            && $this->organisations->get_role($organisation, $userid) === 'leadership'
            && has_capability('local/digitalstrategy:adoptstrategy', context_system::instance(), $userid);
    }

    /**
     * Whether a user may read the expert forum's resistance analyses and process-advice notes about
     * the organisation: its leadership, the expert forum and the project team; never its staff and
     * never another organisation.
     *
     * @param organisation $organisation
     * @param int $userid
     * @return bool
     */
    public function can_view_analyses(organisation $organisation, int $userid): bool {
        $system = context_system::instance();
        return has_capability('local/digitalstrategy:expertforum', $system, $userid)
            || has_capability('local/digitalstrategy:viewallstrategies', $system, $userid)
            || ($this->organisations->get_role($organisation, $userid) === 'leadership'
                && has_capability('local/digitalstrategy:viewstrategy', $system, $userid));
    }

    /**
     * Whether a user may write resistance analyses and process-advice notes: the expert forum.
     *
     * @param int $userid
     * @return bool
     */
    public function can_write_analyses(int $userid): bool {
        return has_capability('local/digitalstrategy:expertforum', context_system::instance(), $userid);
    }
}
