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

/**
 * A change naming an older version of the strategy than the stored one: somebody else saved in
 * the meantime. Nothing was stored; the form keeps what the user typed.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class strategy_conflict extends \moodle_exception {
    /**
     * Creates the exception.
     *
     * @param int $currentversion the version stored now
     */
    public function __construct(
        /** @var int */
        public readonly int $currentversion,
    ) {
        parent::__construct('strategy_conflict', 'local_digitalstrategy');
    }
}
