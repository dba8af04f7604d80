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
 * Compares the fingerprints taken before and after the upgrade; prints one "ok" or "not ok" line per check.
 *
 * Checks: every table of the old release still exists; every old row is still there with the same
 * values in every column that existed before (new columns and tables are allowed); the plugins are
 * at the versions of this tree; the instruments the plugin ships (db/instruments/*.json) are
 * installed in their newest versions; every run keeps the instrument version it was answered with.
 * A deliberate change of old data by an upgrade step is declared in allowed-changes.json (table,
 * column or "rows", and the reason); nothing else may change.
 *
 * Usage: php tests/upgrade/compare.php before.json after.json (runs without Moodle)
 *
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

// phpcs:disable moodle.Files.MoodleInternal.MoodleInternalGlobalState -- runs without Moodle: no config.php to include.
define('MOODLE_INTERNAL', true);

$root = dirname(__DIR__, 2);
$before = json_decode(file_get_contents($argv[1]), true);
$after = json_decode(file_get_contents($argv[2]), true);
$allowed = json_decode(file_get_contents(__DIR__ . '/allowed-changes.json'), true);
if (!is_array($before) || !is_array($after) || !is_array($allowed)) {
    fwrite(STDERR, "unreadable fingerprint or allowed-changes.json\n");
    exit(2);
}
$failures = 0;

/**
 * Prints the result of one check.
 *
 * @param bool $ok whether it passed
 * @param string $name what was checked
 * @param string[] $details what differs
 */
function upgrade_check(bool $ok, string $name, array $details = []): void {
    global $failures;
    echo ($ok ? 'ok' : 'not ok') . " - $name\n";
    foreach (array_slice($details, 0, 15) as $detail) {
        echo "    $detail\n";
    }
    if (count($details) > 15) {
        echo '    … and ' . (count($details) - 15) . " more\n";
    }
    $failures += $ok ? 0 : 1;
}

/**
 * Whether allowed-changes.json lets the upgrade change a table's rows or a column's values.
 *
 * @param array $allowed the declarations
 * @param string $table the table
 * @param string|null $column the column, or null for removing or replacing rows
 * @return bool
 */
function upgrade_allowed(array $allowed, string $table, ?string $column): bool {
    foreach ($allowed['changes'] ?? [] as $change) {
        if (($change['table'] ?? '') !== $table || trim((string) ($change['reason'] ?? '')) === '') {
            continue;
        }
        if ($column === null ? !empty($change['rows']) : (($change['column'] ?? '') === $column)) {
            return true;
        }
    }
    return false;
}

/**
 * A value shortened for a message.
 *
 * @param mixed $value
 * @return string
 */
function upgrade_show($value): string {
    $text = $value === null ? 'NULL' : (string) $value;
    return strlen($text) > 60 ? var_export(substr($text, 0, 57), true) . '…' : var_export($text, true);
}

foreach ($before['tables'] as $table => $old) {
    if ($old === null) {
        continue;
    }
    $new = $after['tables'][$table] ?? null;
    $count = count($old['rows']);
    if ($new === null) {
        upgrade_check(false, "table $table still exists ($count rows before)", ['the table is gone']);
        continue;
    }
    $details = [];
    $columns = $old['schema'] ?? $old['columns'];
    foreach (array_diff($columns, $new['columns']) as $gone) {
        if (!upgrade_allowed($allowed, $table, $gone)) {
            $details[] = "column $gone was dropped";
        }
    }
    $rowsallowed = upgrade_allowed($allowed, $table, null);
    foreach ($old['rows'] as $id => $row) {
        if (!isset($new['rows'][$id])) {
            if (!$rowsallowed) {
                $details[] = "row id $id is gone";
            }
            continue;
        }
        foreach ($columns as $column) {
            if (!array_key_exists($column, $row) || !in_array($column, $new['columns'], true)) {
                continue;
            }
            $was = $row[$column];
            $is = $new['rows'][$id][$column] ?? null;
            if ($was !== $is && !upgrade_allowed($allowed, $table, $column)) {
                $details[] = "row id $id, $column: " . upgrade_show($was) . ' became ' . upgrade_show($is);
            }
        }
    }
    $added = count(array_diff($new['columns'], $columns));
    $note = $added ? ", $added new column" . ($added > 1 ? 's' : '') : '';
    $rows = $count === 1 ? '1 row' : "$count rows";
    upgrade_check(
        !$details && $count > 0,
        "table $table: $rows of the old release intact$note",
        $count > 0 ? $details : ['the old release left no row here: the test data does not cover this table']
    );
}

// The plugins are at this tree's versions: the upgrade really ran.
$details = [];
foreach (['local_digitalstrategy', 'mod_devcircle', 'block_digicheck'] as $component) {
    preg_match('/\$plugin->version\s*=\s*([0-9.]+)\s*;/', file_get_contents("$root/$component/version.php"), $m);
    $want = $m[1] ?? '?';
    $is = $after['versions'][$component] ?? null;
    if ((string) $is !== $want) {
        $details[] = "$component is at " . upgrade_show($is) . ", this tree has $want";
    }
}
upgrade_check(!$details, 'the plugins are at the versions of this tree', $details);

// The shipped instruments are installed in their newest versions.
$installed = [];
foreach ($after['instruments'] as $row) {
    $installed[$row['idnumber']][] = (int) $row['version'];
}
$details = [];
$shipped = [];
foreach (glob("$root/local_digitalstrategy/db/instruments/*.json") as $file) {
    $document = json_decode(file_get_contents($file), true);
    if (!is_array($document) || ($document['format'] ?? '') !== 'digitalstrategy-instrument') {
        continue;
    }
    $idnumber = (string) $document['idnumber'];
    $version = (int) $document['version'];
    $shipped[] = "$idnumber v$version";
    if (!in_array($version, $installed[$idnumber] ?? [], true)) {
        $details[] = basename($file) . ": $idnumber version $version is not installed";
    } else if (max($installed[$idnumber]) !== $version) {
        $details[] = basename($file) . ": $idnumber version $version is installed, but not as the newest (" .
            max($installed[$idnumber]) . ')';
    }
}
if (!$shipped) {
    $details[] = 'no instrument document found in local_digitalstrategy/db/instruments/';
}
upgrade_check(
    !$details,
    'the shipped instruments are installed in their newest versions (' . implode(', ', $shipped) . ')',
    $details
);

// Every run keeps the instrument version it was answered with.
$versions = [];
foreach ([$before, $after] as $i => $fingerprint) {
    foreach ($fingerprint['instruments'] as $row) {
        $versions[$i][$row['id']] = $row['idnumber'] . ' v' . $row['version'];
    }
}
$details = [];
$runs = $before['tables']['local_digitalstrategy_run']['rows'] ?? [];
foreach ($runs as $id => $run) {
    $was = $versions[0][$run['instrumentid']] ?? '?';
    $newrun = $after['tables']['local_digitalstrategy_run']['rows'][$id] ?? null;
    $is = $newrun ? ($versions[1][$newrun['instrumentid']] ?? '?') : 'the run is gone';
    if ($was !== $is) {
        $details[] = "run $id was answered with $was, now points at $is";
    }
}
upgrade_check(
    !$details && $runs,
    'every run (' . count($runs) . ') keeps the instrument version it was answered with',
    $runs ? $details : ['no run in the data']
);

exit($failures ? 1 : 0);
