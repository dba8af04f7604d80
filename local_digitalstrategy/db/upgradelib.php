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
 * Helpers of local_digitalstrategy's installation and upgrade steps.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

/**
 * Installs the versions of the shipped instruments (db/instruments/*.json) that are not stored
 * yet. Runs at installation and at every upgrade; runs and answers stay with their version.
 *
 * The repository is built here rather than taken from Moodle's container: during installation
 * and upgrade neither this plugin's container definitions nor its cache definitions are
 * registered yet, so it gets a cache that lives for this request only.
 *
 * @param string|null $folder the folder to install from, the shipped one when null (tests)
 * @return int[] ids of the instrument versions installed now
 */
function local_digitalstrategy_install_shipped_instruments(?string $folder = null): array {
    global $DB;
    $cache = \cache::make_from_params(\cache_store::MODE_REQUEST, 'local_digitalstrategy', 'upgradeinstruments');
    $repository = new \local_digitalstrategy\local\questionnaire\instrument_repository(
        $DB,
        \core\di::get(\core\clock::class),
        new \local_digitalstrategy\local\cache\instrument_cache($cache),
        new \local_digitalstrategy\local\settings()
    );
    return $repository->install_shipped(0, $folder);
}

/**
 * Adds the experiment fields the programme starts with (service delivery, internal communication,
 * administration 4.0) unless they are there; their names are language strings (field_<idnumber>).
 */
function local_digitalstrategy_install_experiment_fields(): void {
    global $DB;
    $sortorder = (int) $DB->get_field_sql('SELECT COALESCE(MAX(sortorder), 0) FROM {local_digitalstrategy_field}');
    foreach (['servicedelivery', 'internalcommunication', 'administration40'] as $idnumber) {
        if ($DB->record_exists('local_digitalstrategy_field', ['idnumber' => $idnumber])) {
            continue;
        }
        $now = time();
        $DB->insert_record('local_digitalstrategy_field', (object) [
            'idnumber' => $idnumber, 'name' => '', 'description' => '', 'sortorder' => ++$sortorder,
            'archived' => 0, 'timecreated' => $now, 'timemodified' => $now, 'usermodified' => 0,
        ]);
    }
}

/**
 * Creates the site role of the expert forum (short name 'digitalstrategyexpert') with this plugin's
 * capability to write resistance analyses, unless a role with that short name exists. The project
 * team assigns it in Site administration > Users > Permissions > Assign system roles.
 */
function local_digitalstrategy_install_expert_forum_role(): void {
    global $DB;
    if ($DB->record_exists('role', ['shortname' => 'digitalstrategyexpert'])) {
        return;
    }
    // Moodle installs a plugin's capabilities only after install.php and upgrade.php ran: the role
    // needs them now.
    update_capabilities('local_digitalstrategy');
    // Moodle keeps a custom role's name as text; it is written in the site's language at installation.
    $roleid = create_role(
        get_string('expertforumrole', 'local_digitalstrategy'),
        'digitalstrategyexpert',
        get_string('expertforumrole_desc', 'local_digitalstrategy'),
        ''
    );
    set_role_contextlevels($roleid, [CONTEXT_SYSTEM]);
    // Moodle registers a plugin's capabilities only after its install and upgrade functions ran:
    // register them now, so the new role can be given them.
    update_capabilities('local_digitalstrategy');
    $context = context_system::instance();
    foreach (['local/digitalstrategy:expertforum', 'local/digitalstrategy:viewallstrategies'] as $capability) {
        assign_capability($capability, CAP_ALLOW, $roleid, $context->id, true);
    }
}

/**
 * Adds the default indicator catalogue's indicators that are missing (db/indicators.json).
 */
function local_digitalstrategy_install_indicator_catalogue(): void {
    global $DB;
    $indicators = new \local_digitalstrategy\local\controlling\indicator_repository($DB, \core\di::get(\core\clock::class));
    (new \local_digitalstrategy\local\controlling\indicator_catalogue($indicators))->install_defaults();
}
