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

/**
 * Upgrade steps of local_digitalstrategy.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

/**
 * Upgrades the plugin from an older version: one step per schema change, each ending in its
 * savepoint, then the shipped instruments.
 *
 * @param int $oldversion the version installed before
 * @return bool
 */
function xmldb_local_digitalstrategy_upgrade($oldversion) {
    global $CFG;
    require_once($CFG->dirroot . '/local/digitalstrategy/db/upgradelib.php');

    // Schema changes go here, each in its own step ending with upgrade_plugin_savepoint(); release
    // 0.2.0 (2026120600) changes no table: it adds caches (db/caches.php) and container definitions
    // (db/hooks.php), which Moodle registers by itself on upgrade.

    if ($oldversion < 2026120701) {
        // Release 0.3.0 ships version 2 of the digitalisation check: an open question ("What would
        // help you most here?") in every dimension. It is installed as a new version; runs started
        // before keep version 1 with their answers and scores.
        local_digitalstrategy_install_shipped_instruments();
        upgrade_plugin_savepoint(true, 2026120701, 'local', 'digitalstrategy');
    }

    // Every upgrade: a shipped instrument file with a raised version becomes the newest version
    // of that instrument. Versions stored before stay, and so do the runs and answers given for them.
    local_digitalstrategy_install_shipped_instruments();

    return true;
}
