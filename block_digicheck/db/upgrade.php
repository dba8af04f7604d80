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
 * Upgrade steps of block_digicheck.
 *
 * @package    block_digicheck
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

/**
 * Upgrades the block from an older version: one step per change of stored data, each ending in
 * its savepoint.
 *
 * The block keeps no tables and no instance settings. Release 0.2.0 (2026120600) moved the heat
 * map of all organisations and its export to local_digitalstrategy (allresults.php); nothing
 * stored changes, and blocks/digicheck/export.php leads there.
 *
 * @param int $oldversion the version installed before
 * @return bool
 */
function xmldb_block_digicheck_upgrade($oldversion) {
    return true;
}
