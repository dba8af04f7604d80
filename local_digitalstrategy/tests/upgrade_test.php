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

namespace local_digitalstrategy;

use local_digitalstrategy\local\check\check_service;
use local_digitalstrategy\local\check\result_summary;
use local_digitalstrategy\local\questionnaire\answer;
use local_digitalstrategy\local\questionnaire\instrument_repository;
use local_digitalstrategy\local\questionnaire\run_repository;

/**
 * Upgrades install new versions of the shipped instruments; runs and answers keep the version
 * they were given for.
 *
 * The upgrade (db/upgrade.php) ends by calling local_digitalstrategy_install_shipped_instruments()
 * on the plugin's db/instruments folder. A plugin update that ships a changed instrument is
 * simulated by pointing that same function at a folder holding the changed file.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     ::xmldb_local_digitalstrategy_upgrade
 * @covers     ::local_digitalstrategy_install_shipped_instruments
 * @covers     \local_digitalstrategy\local\questionnaire\instrument_repository
 */
#[\PHPUnit\Framework\Attributes\CoversFunction('xmldb_local_digitalstrategy_upgrade')]
#[\PHPUnit\Framework\Attributes\CoversFunction('local_digitalstrategy_install_shipped_instruments')]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\questionnaire\instrument_repository::class)]
final class upgrade_test extends \advanced_testcase {
    /**
     * Loads the upgrade code.
     */
    public static function setUpBeforeClass(): void {
        global $CFG;
        require_once($CFG->libdir . '/upgradelib.php');
        require_once($CFG->dirroot . '/local/digitalstrategy/db/upgrade.php');
        require_once($CFG->dirroot . '/local/digitalstrategy/db/upgradelib.php');
        parent::setUpBeforeClass();
    }

    public function test_upgrading_from_the_last_release_keeps_the_installed_check_and_adds_nothing(): void {
        global $DB;
        $this->resetAfterTest();
        $before = $DB->get_records(instrument_repository::TABLE, null, 'id', 'id, idnumber, version');

        // The site as it was: upgrade steps save their point above the version installed before.
        set_config('version', 2026112701, 'local_digitalstrategy');
        $this->assertTrue(xmldb_local_digitalstrategy_upgrade(2026112701));

        $this->assertEquals($before, $DB->get_records(instrument_repository::TABLE, null, 'id', 'id, idnumber, version'));
        $this->assertDebuggingNotCalled();
    }

    public function test_a_changed_shipped_instrument_arrives_with_the_next_upgrade_and_answers_keep_their_version(): void {
        global $CFG;
        $this->resetAfterTest();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $instruments = \core\di::get(instrument_repository::class);
        $runs = \core\di::get(run_repository::class);
        $v1 = $instruments->get_current_check();
        // Installed and answered: one organisation submitted the check, another is half-way through.
        $done = $generator->create_organisation();
        $submitted = $generator->create_submitted_run($done, 3);
        $busy = $generator->create_organisation();
        $open = $generator->create_run($busy, ['str_goals' => '2', 'str_budget' => '1']);
        $submittedanswers = $runs->get_answers($submitted);
        $scores = \core\di::get(check_service::class)->get_stored_result($submitted)->get_dimensions();

        // The plugin update ships the next version: one question reworded, one question added.
        $document = $v1['instrument']->to_array();
        $document['version'] = $v1['instrument']->get_version() + 1;
        $document['dimensions'][0]['items'][0]['text']['de'] = 'Hat Ihre Organisation schriftliche Ziele & Meilensteine?';
        $document['dimensions'][0]['items'][] = ['key' => 'str_new', 'type' => 'yesno',
            'text' => ['de' => 'Gibt es eine neue Frage?', 'en' => 'Is there a new question?']];
        $folder = make_request_directory();
        file_put_contents($folder . '/digitalisierungscheck.json', json_encode($document, JSON_UNESCAPED_UNICODE));
        copy($CFG->dirroot . '/local/digitalstrategy/db/instruments/schema.json', $folder . '/schema.json');

        $installed = local_digitalstrategy_install_shipped_instruments($folder);
        $again = local_digitalstrategy_install_shipped_instruments($folder);

        $v2 = $instruments->get_current_check();
        $this->assertCount(1, $installed, 'the new version, and not the schema');
        $this->assertSame([], $again, 'an upgrade installs a version once');
        $this->assertSame($installed[0], $v2['id']);
        $this->assertSame($v1['instrument']->get_version() + 1, $v2['instrument']->get_version());
        $this->assertSame($v1['instrument']->get_version(), $instruments->get($v1['id'])->get_version());
        $this->assertNotNull($v2['instrument']->get_item('str_new'));
        $this->assertNull($instruments->get($v1['id'])->get_item('str_new'));

        // The submitted run keeps version 1 with its answers and its kept scores.
        $this->assertSame($v1['id'], $runs->get($submitted->get_id())->get_instrumentid());
        $this->assertEquals($submittedanswers, $runs->get_answers($submitted));
        $this->assertEquals($scores, \core\di::get(check_service::class)->get_stored_result($submitted)->get_dimensions());
        $summary = \core\di::get(result_summary::class)->build($submitted, $done, 'de');
        $this->assertCount(count($v1['instrument']->get_dimensions()), $summary['dimensions']);

        // The open run goes on with version 1: its answers stay, more can be given, it can be submitted.
        $continued = $runs->get_open($busy->get_id(), 'digicheck');
        $this->assertSame($open->get_id(), $continued->get_id());
        $this->assertSame($v1['id'], $continued->get_instrumentid());
        $this->assertSame('2', $runs->get_answers($continued)['str_goals']->value);
        $runs->save_answer($continued, new answer('str_review', 'yes'), 0, 2);
        $this->assertSame(3, count($runs->get_answers($continued)));

        // A run started after the upgrade answers version 2.
        $fresh = $generator->create_organisation();
        [$new] = $runs->start($fresh, $v2['id'], 2);
        $this->assertSame($v2['id'], $new->get_instrumentid());
        $this->assertSame(count($v1['instrument']->get_items()) + 1, $new->to_record()->items);
        $this->assertDebuggingNotCalled();
    }

    public function test_release_0_3_0_adds_an_open_question_to_every_dimension_and_old_runs_keep_version_1(): void {
        global $CFG, $DB;
        $this->resetAfterTest();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $instruments = \core\di::get(instrument_repository::class);
        $runs = \core\di::get(run_repository::class);
        // A site of release 0.2.0: the check in version 1, without open questions.
        $shipped = json_decode(
            file_get_contents($CFG->dirroot . '/local/digitalstrategy/db/instruments/digitalisierungscheck.json'),
            true
        );
        $DB->delete_records(instrument_repository::TABLE, ['idnumber' => 'digicheck']);
        \cache_helper::purge_all();
        $old = $shipped;
        $old['version'] = 1;
        foreach ($old['dimensions'] as &$dimension) {
            $dimension['items'] = array_values(array_filter($dimension['items'], fn($item) => $item['type'] !== 'text'));
        }
        unset($dimension);
        $folder = make_request_directory();
        file_put_contents($folder . '/digitalisierungscheck.json', json_encode($old, JSON_UNESCAPED_UNICODE));
        copy($CFG->dirroot . '/local/digitalstrategy/db/instruments/schema.json', $folder . '/schema.json');
        local_digitalstrategy_install_shipped_instruments($folder);
        $v1 = $instruments->get_current_check();
        $this->assertSame(1, $v1['instrument']->get_version());
        $organisation = $generator->create_organisation();
        $submitted = $generator->create_submitted_run($organisation, 3);
        $busy = $generator->create_organisation();
        $open = $generator->create_run($busy, ['str_goals' => '2']);

        set_config('version', 2026120600, 'local_digitalstrategy');
        $this->assertTrue(xmldb_local_digitalstrategy_upgrade(2026120600));

        $v2 = $instruments->get_current_check();
        $this->assertSame($shipped['version'], $v2['instrument']->get_version());
        $this->assertGreaterThan(1, $v2['instrument']->get_version());
        foreach (array_keys($v2['instrument']->get_dimensions()) as $dimkey) {
            $openquestions = array_filter($v2['instrument']->get_items($dimkey), fn($item) => $item['type'] === 'text');
            $this->assertNotEmpty($openquestions, "dimension $dimkey has an open question");
            foreach ($openquestions as $key => $item) {
                $this->assertSame('Was würde Ihnen hier am meisten helfen?', $item['text']['de'], $key);
                $this->assertSame('What would help you most here?', $item['text']['en'], $key);
                $this->assertFalse($v2['instrument']->is_scored_item($key), 'open questions are not scored');
            }
        }
        $this->assertSame($v1['id'], $runs->get($submitted->get_id())->get_instrumentid());
        $this->assertSame($v1['id'], $runs->get_open($busy->get_id(), 'digicheck')->get_instrumentid());
        $this->assertSame($open->get_id(), $runs->get_open($busy->get_id(), 'digicheck')->get_id());
        $this->assertSame([], local_digitalstrategy_install_shipped_instruments(), 'installed once');
        $this->assertDebuggingNotCalled();
    }
}
