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
 * Seeds the data of the campaign results benchmark (idempotent) and prints what
 * campaign-results-bench.sh needs as JSON on its last line:
 * --responses=N  a closed anonymous survey campaign "Benchmark-Auswertung N" of the 40-item
 *                instrument local_digitalstrategy/tests/fixtures/campaign/results-40-items.json
 *                (16 rating, 8 maturity, 6 yes/no, 4 single, 3 multiple choice, 3 free-text items)
 *                with N responses spread over the fields of work (about one in 25 a pilot
 *                organisation), written directly (bulk inserts) in the shape the answering page
 *                leaves behind: one response row, one value row per answered item, numvalue for
 *                numeric answers.
 *
 * bash scripts/moodle.sh php tests/benchmark/campaign-results-bench.php "$(bash scripts/moodle.sh www)" --responses=350
 * ... --cleanup   removes the benchmark campaigns again
 *
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

define('CLI_SCRIPT', true);
require($argv[1] . '/config.php');
require_once($CFG->libdir . '/clilib.php');

use local_digitalstrategy\local\questionnaire\instrument_repository;
use local_digitalstrategy\organisation;

[$options] = cli_get_params(['responses' => 0, 'cleanup' => false]);
\core\session\manager::set_user(get_admin());

/**
 * Removes a benchmark campaign and its responses.
 *
 * @param int $campaignid
 */
function results_bench_remove(int $campaignid): void {
    global $DB;
    $DB->delete_records('local_digitalstrategy_respval', ['campaignid' => $campaignid]);
    $DB->delete_records('local_digitalstrategy_response', ['campaignid' => $campaignid]);
    $DB->delete_records('local_digitalstrategy_campaign', ['id' => $campaignid]);
}

if ($options['cleanup']) {
    foreach (
        $DB->get_records_select(
            'local_digitalstrategy_campaign',
            $DB->sql_like('name', ':name'),
            ['name' => 'Benchmark-Auswertung %']
        ) as $campaign
    ) {
        results_bench_remove((int) $campaign->id);
    }
    echo json_encode(['removed' => true]), "\n";
    exit(0);
}

$n = (int) $options['responses'];
if ($n < 1) {
    cli_error('--responses=N is needed');
}
$json = file_get_contents($CFG->dirroot . '/local/digitalstrategy/tests/fixtures/campaign/results-40-items.json');
$imported = \core\di::get(instrument_repository::class)->import($json, (int) get_admin()->id);
$instrument = $imported['instrument'];
$name = "Benchmark-Auswertung $n";
$campaign = $DB->get_record('local_digitalstrategy_campaign', ['name' => $name]);
if ($campaign && $DB->count_records('local_digitalstrategy_response', ['campaignid' => $campaign->id]) !== $n) {
    results_bench_remove((int) $campaign->id);
    $campaign = null;
}
if (!$campaign) {
    $now = time();
    $campaign = (object) ['instrumentid' => $imported['id'], 'name' => $name, 'kind' => 'survey', 'target' => 'all',
        'targetid' => 0, 'contextid' => context_system::instance()->id, 'respondent' => 'organisation', 'anonymous' => 1,
        'status' => 'closed', 'timeopen' => $now - 30 * DAYSECS, 'timeclose' => $now - DAYSECS, 'eventdate' => 0,
        'resultsvisible' => 1, 'participationtarget' => 30, 'publictokenhash' => '', 'timecreated' => $now,
        'timemodified' => $now, 'usermodified' => get_admin()->id];
    $campaign->id = $DB->insert_record('local_digitalstrategy_campaign', $campaign);
    $transaction = $DB->start_delegated_transaction();
    $values = [];
    for ($r = 1; $r <= $n; $r++) {
        $responseid = $DB->insert_record('local_digitalstrategy_response', (object) ['campaignid' => $campaign->id,
            'orgid' => 0, 'userid' => 0, 'fieldofwork' => organisation::FIELDS_OF_WORK[$r % count(organisation::FIELDS_OF_WORK)],
            'pilot' => (int) ($r % 25 === 0), 'timesubmitted' => 0]);
        foreach ($instrument->get_items() as $key => $item) {
            $seed = crc32("$n/$r/$key");
            if ($seed % 20 === 0) {
                continue; // About one answer in twenty is left out.
            }
            [$value, $numvalue] = match ($item['type']) {
                'rating' => [(string) ($v = $seed % 5 - 2), $v],
                'maturity' => $seed % 13 === 0 ? ['?', null] : [(string) ($v = $seed % 5), $v],
                'yesno' => [(string) ($v = $seed % 3 ? 1 : 0), $v],
                'single' => [$item['options'][$seed % count($item['options'])]['key'], null],
                'multiple' => [implode(',', array_unique([$item['options'][$seed % 6]['key'],
                    $item['options'][intdiv($seed, 6) % 6]['key']])), null],
                default => ["Antwort $r: " . substr(
                    str_repeat('Die Zusammenarbeit & der Austausch waren hilfreich. ', 3),
                    0,
                    20 + $seed % 80
                ), null],
            };
            $values[] = (object) ['responseid' => $responseid, 'campaignid' => $campaign->id, 'itemkey' => $key,
                'value' => $value, 'numvalue' => $numvalue];
        }
        if (count($values) >= 5000) {
            $DB->insert_records('local_digitalstrategy_respval', $values);
            $values = [];
        }
    }
    if ($values) {
        $DB->insert_records('local_digitalstrategy_respval', $values);
    }
    $transaction->allow_commit();
}
echo json_encode([
    'campaignid' => (int) $campaign->id,
    'responses' => $DB->count_records('local_digitalstrategy_response', ['campaignid' => $campaign->id]),
    'values' => $DB->count_records('local_digitalstrategy_respval', ['campaignid' => $campaign->id]),
    'items' => count($instrument->get_items()),
]), "\n";
