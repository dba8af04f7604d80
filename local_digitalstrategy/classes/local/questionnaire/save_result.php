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

namespace local_digitalstrategy\local\questionnaire;

/**
 * What happened to a proposed answer: saved, unchanged (same content as stored) or a conflict
 * (someone else changed the item since the version the proposer saw). Immutable.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class save_result {
    /** @var string The answer was stored as a new version. */
    public const SAVED = 'saved';
    /** @var string The stored answer already said the same; nothing changed. */
    public const UNCHANGED = 'unchanged';
    /** @var string The item was changed by someone else since the version the proposer saw. */
    public const CONFLICT = 'conflict';

    /**
     * Creates the result.
     *
     * @param string $status one of the constants
     * @param answer $answer the answer as stored now (after saving, or the other person's on a conflict)
     */
    public function __construct(
        /** @var string one of the constants */
        public readonly string $status,
        /** @var answer the answer as stored now */
        public readonly answer $answer,
    ) {
    }
}
