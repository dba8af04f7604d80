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
 * Writes every row of the plugins' tables, and the core rows that belong to them, as JSON.
 *
 * The plugins' tables are the ones named in the install.xml files given (those of the release
 * the upgrade starts from), so the same tables are read before and after the upgrade whatever the
 * upgrade adds. Core rows: the course modules of mod_devcircle, the calendar events of the
 * plugins, the block instances of block_digicheck and the plugins' versions. Values are kept as
 * the database returns them (strings, or null).
 *
 * Usage: php tests/upgrade/fingerprint.php /path/to/moodle out.json install.xml [install.xml ...]
 *
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

define('CLI_SCRIPT', true);
require($argv[1] . '/config.php');

$out = $argv[2];
$tables = [];
foreach (array_slice($argv, 3) as $file) {
    $xml = simplexml_load_file($file);
    if ($xml === false) {
        fwrite(STDERR, "not an XMLDB file: $file\n");
        exit(1);
    }
    foreach ($xml->TABLES->TABLE as $table) {
        $columns = [];
        foreach ($table->FIELDS->FIELD as $field) {
            $columns[] = (string) $field['NAME'];
        }
        $tables[(string) $table['NAME']] = ['select' => '', 'params' => [], 'schema' => $columns];
    }
}

$module = (int) $DB->get_field('modules', 'id', ['name' => 'devcircle']);
$components = ['local_digitalstrategy', 'mod_devcircle', 'block_digicheck'];
[$insql, $inparams] = $DB->get_in_or_equal($components, SQL_PARAMS_NAMED);
$tables['course_modules'] = ['select' => 'module = :module', 'params' => ['module' => $module], 'schema' => null];
$tables['event'] = ['select' => "modulename = :modulename OR component $insql",
    'params' => ['modulename' => 'devcircle'] + $inparams, 'schema' => null];
$tables['block_instances'] = ['select' => 'blockname = :blockname', 'params' => ['blockname' => 'digicheck'],
    'schema' => null];

$fingerprint = ['tables' => []];
$manager = $DB->get_manager();
foreach ($tables as $name => $table) {
    if (!$manager->table_exists($name)) {
        $fingerprint['tables'][$name] = null;
        continue;
    }
    $columns = array_keys($DB->get_columns($name, false));
    $rows = [];
    $records = $DB->get_recordset_select($name, $table['select'], $table['params'], 'id');
    foreach ($records as $record) {
        $rows[(string) $record->id] = (array) $record;
    }
    $records->close();
    $fingerprint['tables'][$name] = ['schema' => $table['schema'], 'columns' => $columns, 'rows' => $rows];
}
$fingerprint['versions'] = [];
foreach ($components as $component) {
    $fingerprint['versions'][$component] = get_config($component, 'version');
}
$fingerprint['instruments'] = array_values(array_map(
    fn($r) => (array) $r,
    $DB->get_records('local_digitalstrategy_instr', null, 'id', 'id, idnumber, version, kind')
));

file_put_contents($out, json_encode($fingerprint, JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES));
$count = array_sum(array_map(fn($t) => $t ? count($t['rows']) : 0, $fingerprint['tables']));
mtrace(count($fingerprint['tables']) . " tables, $count rows → $out");
