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
 * The processes of the programme plan and what the process Ampel rates them on.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class process_rating {
    /** @var string table */
    public const TABLE = 'local_digitalstrategy_procrating';
    /** @var string[] the processes of the programme plan */
    public const PROCESSES = ['circles', 'qualification', 'surveys', 'publication', 'conferences', 'expertforum'];
    /** @var string[] what each process is rated on (columns of the table) */
    public const CRITERIA = ['quality', 'cost', 'staff', 'timeliness'];
    /** @var string[] ratings; '' means not rated */
    public const COLOURS = ['green', 'amber', 'red'];
}
