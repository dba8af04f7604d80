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

namespace local_digitalstrategy\local\strategy;

use context_system;
use local_digitalstrategy\event\bestpractice_released;
use local_digitalstrategy\local\organisation_access;
use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\questionnaire\instrument;
use local_digitalstrategy\local\questionnaire\instrument_repository;
use local_digitalstrategy\organisation;
use moodle_exception;
use stdClass;

/**
 * The best-practice collection: its organisation's leadership releases a transferable measure of
 * phase act, named or anonymised, or withdraws it; every participant (a member of any
 * organisation holding local/digitalstrategy:viewstrategy) and the project team reads the released
 * measures, found by text, experiment field and check dimension.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class bestpractice_service {
    /** @var int Entries per page of the collection. */
    public const PER_PAGE = 20;

    /** @var int Highest page number asked for (pages beyond the collection are empty). */
    public const MAX_PAGE = 1000000;

    /**
     * Creates the service.
     *
     * @param bestpractice_repository $repository
     * @param organisation_repository $organisations
     * @param organisation_access $access
     * @param instrument_repository $instruments
     */
    public function __construct(
        /** @var bestpractice_repository */
        private readonly bestpractice_repository $repository,
        /** @var organisation_repository */
        private readonly organisation_repository $organisations,
        /** @var organisation_access */
        private readonly organisation_access $access,
        /** @var instrument_repository */
        private readonly instrument_repository $instruments,
    ) {
    }

    /**
     * Whether a user reads the collection: the project team, and members of any organisation
     * holding local/digitalstrategy:viewstrategy.
     *
     * @param int $userid
     * @return bool
     */
    public function can_view_collection(int $userid): bool {
        $system = context_system::instance();
        if (has_capability('local/digitalstrategy:viewallstrategies', $system, $userid)) {
            return true;
        }
        return $this->organisations->get_for_user($userid) !== null
            && has_capability('local/digitalstrategy:viewstrategy', $system, $userid);
    }

    /**
     * Throws unless the user reads the collection.
     *
     * @param int $userid
     * @throws moodle_exception bestpractice_notallowed
     */
    public function require_can_view_collection(int $userid): void {
        if (!$this->can_view_collection($userid)) {
            throw new moodle_exception('bestpractice_notallowed', 'local_digitalstrategy');
        }
    }

    /**
     * The measure a user is about to release or withdraw, after checking that they may: it exists,
     * the user belongs to its organisation's leadership (organisation_access::can_adopt_strategy),
     * and it is a transferable measure of phase act.
     *
     * @param int $measureid
     * @param int $userid
     * @return array{measure: stdClass, organisation: organisation}
     * @throws moodle_exception bestpractice_measurenotfound, bestpractice_notleadership,
     *         bestpractice_notact, bestpractice_nottransferable
     */
    public function require_releasable(int $measureid, int $userid): array {
        $measure = $this->repository->get_measure($measureid);
        if (!$measure) {
            throw new moodle_exception('bestpractice_measurenotfound', 'local_digitalstrategy');
        }
        $organisation = $this->organisations->get((int) $measure->orgid);
        if (!$this->access->can_adopt_strategy($organisation, $userid)) {
            // A measure of another organisation is refused with the same words as a missing one.
            if (!$this->access->is_member($organisation, $userid)) {
                throw new moodle_exception('bestpractice_measurenotfound', 'local_digitalstrategy');
            }
            throw new moodle_exception('bestpractice_notleadership', 'local_digitalstrategy');
        }
        if ($measure->phase !== 'act') {
            throw new moodle_exception('bestpractice_notact', 'local_digitalstrategy');
        }
        if ((int) $measure->transferable !== 1) {
            throw new moodle_exception('bestpractice_nottransferable', 'local_digitalstrategy');
        }
        return ['measure' => $measure, 'organisation' => $organisation];
    }

    /**
     * Releases a measure for the collection, with the organisation's name or anonymised (a
     * measure already released changes how), and logs bestpractice_released.
     *
     * @param int $measureid
     * @param bool $named
     * @param int $userid who releases
     * @throws moodle_exception see require_releasable()
     */
    public function release(int $measureid, bool $named, int $userid): void {
        ['measure' => $measure, 'organisation' => $organisation] = $this->require_releasable($measureid, $userid);
        $this->repository->set_release($measureid, true, $named, $userid);
        bestpractice_released::create_for_measure((int) $measure->id, $organisation->get_id(), $named, $userid)->trigger();
    }

    /**
     * Withdraws a measure from the collection.
     *
     * @param int $measureid
     * @param int $userid who withdraws
     * @throws moodle_exception see require_releasable()
     */
    public function withdraw(int $measureid, int $userid): void {
        $this->require_releasable($measureid, $userid);
        $this->repository->set_release($measureid, false, false, $userid);
    }

    /**
     * One page of the collection for a filter, each entry with the names a reader needs.
     *
     * @param string $search
     * @param int $fieldid 0 for any
     * @param string $dimension '' for any
     * @param int $page from 0
     * @param int $perpage 0 for all (the export)
     * @param string $lang language of the dimension names
     * @return array{entries: array[], total: int}
     */
    public function search(string $search, int $fieldid, string $dimension, int $page, int $perpage, string $lang): array {
        // A page beyond any collection is empty; capped so that its offset stays an integer.
        $page = min(max(0, $page), self::MAX_PAGE);
        $found = $this->repository->search($search, $fieldid, $dimension, $page * $perpage, $perpage);
        $fields = $this->field_names();
        $dimensions = $this->dimension_names($lang);
        $entries = array_map(fn(bestpractice_entry $entry) => [
            'id' => $entry->id,
            'title' => $entry->title,
            'description' => $entry->description,
            'lesson' => $entry->lesson,
            'fieldid' => (int) $entry->fieldid,
            'fieldname' => $entry->fieldid === null ? '' : ($fields[$entry->fieldid] ?? ''),
            'dimension' => $entry->dimension,
            'dimensionname' => $dimensions[$entry->dimension] ?? $entry->dimension,
            'named' => $entry->is_named(),
            'orgname' => $entry->orgname ?? '',
            'timemodified' => $entry->timemodified,
        ], $found['entries']);
        return ['entries' => $entries, 'total' => $found['total']];
    }

    /**
     * The names of the experiment fields by id: a shipped field's from its language string.
     *
     * @return array<int, string>
     */
    public function field_names(): array {
        $names = [];
        foreach ($this->repository->list_fields() as $field) {
            $names[(int) $field->id] = $field->idnumber !== ''
                && get_string_manager()->string_exists('field_' . $field->idnumber, 'local_digitalstrategy')
                ? get_string('field_' . $field->idnumber, 'local_digitalstrategy') : (string) $field->name;
        }
        return $names;
    }

    /**
     * The names of the check's dimensions by key, in the check's order.
     *
     * @param string $lang
     * @return array<string, string>
     */
    public function dimension_names(string $lang): array {
        $current = $this->instruments->get_current_check();
        if (!$current) {
            return [];
        }
        return array_map(
            fn(array $dimension) => instrument::localise($dimension['name'], $lang),
            $current['instrument']->get_dimensions()
        );
    }
}
