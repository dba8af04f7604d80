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
 * Installs what ships with local_digitalstrategy: the instruments (the Digitalisierungscheck), the
 * default experiment fields, the expert forum role and the
 * default indicator catalogue.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

/**
 * Runs after the tables are created.
 *
 * @return bool
 */
function xmldb_local_digitalstrategy_install() {
    global $CFG;
    require_once($CFG->dirroot . '/local/digitalstrategy/db/upgradelib.php');
    local_digitalstrategy_install_shipped_instruments();
    local_digitalstrategy_install_experiment_fields();
    local_digitalstrategy_install_expert_forum_role();
    local_digitalstrategy_install_indicator_catalogue();
    return true;
}
