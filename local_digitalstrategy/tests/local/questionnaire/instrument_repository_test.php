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

namespace local_digitalstrategy\local\questionnaire;

/**
 * Storing instruments as versioned data: the default check, imports, bad documents.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\questionnaire\instrument_repository
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\questionnaire\instrument_repository::class)]
final class instrument_repository_test extends \advanced_testcase {
    public function test_the_default_check_is_installed_with_the_plugin(): void {
        $current = \core\di::get(instrument_repository::class)->get_current_check();

        $this->assertSame('digicheck', $current['instrument']->get_idnumber());
        $this->assertSame('check', $current['instrument']->get_kind());
        $this->assertCount(8, $current['instrument']->get_dimensions());
        $this->assertGreaterThanOrEqual(40, count($current['instrument']->get_items()));
        $this->assertSame([], \core\di::get(instrument_repository::class)->install_shipped(), 'installing again adds nothing');
    }

    public function test_a_new_version_becomes_current_and_the_old_one_stays_for_its_runs(): void {
        $this->resetAfterTest();
        $repository = \core\di::get(instrument_repository::class);
        $old = $repository->get_current_check();
        $document = $old['instrument']->to_array();
        $document['version'] = $old['instrument']->get_version() + 1;
        $document['dimensions'][0]['items'][0]['text']['de'] = 'Geänderte Frage?';

        $imported = $repository->import(json_encode($document), 2);

        $this->assertTrue($imported['created']);
        $this->assertSame($imported['id'], $repository->get_current_check()['id']);
        $this->assertSame($old['instrument']->get_version(), $repository->get($old['id'])->get_version());
        $this->assertCount(2, $this->versions_of('digicheck'));
    }

    public function test_a_version_is_read_from_the_database_once_and_then_from_the_cache(): void {
        global $DB;
        $this->resetAfterTest();
        $id = \core\di::get(instrument_repository::class)->get_current_check()['id'];
        \cache::make('local_digitalstrategy', 'instruments')->purge();

        $reads = $DB->perf_get_reads();
        $first = \core\di::get(instrument_repository::class)->get($id);
        $second = \core\di::get(instrument_repository::class)->get($id);

        $this->assertSame(1, $DB->perf_get_reads() - $reads);
        $this->assertSame($first->to_array(), $second->to_array());
        $this->assertSame('digicheck', $second->get_idnumber());
    }

    public function test_importing_the_same_document_again_changes_nothing(): void {
        $this->resetAfterTest();
        $repository = \core\di::get(instrument_repository::class);
        $json = $repository->get_current_check()['instrument']->to_json();

        $again = $repository->import($json, 2);

        $this->assertFalse($again['created']);
        $this->assertCount(1, $this->versions_of('digicheck'));
    }

    public function test_the_same_version_with_other_content_is_refused(): void {
        $this->resetAfterTest();
        $repository = \core\di::get(instrument_repository::class);
        $document = $repository->get_current_check()['instrument']->to_array();
        $document['name']['de'] = 'Anderer Name';

        $this->expectException(\moodle_exception::class);
        $this->expectExceptionMessage('digicheck');
        $repository->import(json_encode($document), 2);
    }

    /**
     * Bad documents and the first error the import reports.
     *
     * @return array
     */
    public static function invalid_provider(): array {
        return [
            'not JSON' => ['{"format": ', 'invalidjson'],
            'a survey without dimensions' => [json_encode(['format' => 'digitalstrategy-instrument', 'formatversion' => 1,
                'idnumber' => 'umfrage', 'version' => 1, 'kind' => 'survey', 'name' => ['de' => 'U', 'en' => 'S'],
                'description' => ['de' => 'U', 'en' => 'S'], 'dimensions' => []]), 'minitems'],
            'an unknown kind' => [json_encode(['format' => 'digitalstrategy-instrument', 'formatversion' => 1,
                'idnumber' => 'umfrage', 'version' => 1, 'kind' => 'quiz', 'name' => ['de' => 'U', 'en' => 'S'],
                'description' => ['de' => 'U', 'en' => 'S'], 'dimensions' => []]), 'enum'],
        ];
    }

    /**
     * An invalid document is refused with errors that have messages.
     *
     * @dataProvider invalid_provider
     * @param string $json
     * @param string $code
     */
    #[\PHPUnit\Framework\Attributes\DataProvider('invalid_provider')]
    public function test_an_invalid_document_is_refused_with_errors_that_have_messages(string $json, string $code): void {
        global $DB;
        $this->resetAfterTest();
        $before = $DB->count_records(instrument_repository::TABLE);

        try {
            \core\di::get(instrument_repository::class)->import($json, 2);
            $this->fail('The document was imported');
        } catch (invalid_instrument $e) {
            $this->assertSame($code, $e->get_errors()[0]['code']);
            foreach ($e->get_errors() as $error) {
                $message = invalid_instrument::message($error);
                $this->assertStringNotContainsString('{$a', $message);
            }
        }
        $this->assertSame($before, $DB->count_records(instrument_repository::TABLE));
    }

    public function test_every_validator_error_code_has_a_message_in_both_languages(): void {
        $reflection = new \ReflectionClass(instrument_validator::class);
        $source = file_get_contents($reflection->getFileName());
        preg_match_all("/error\\([^,]+, '([a-z]+)'/", $source, $m);
        $codes = array_unique(array_merge($m[1], ['invalidjson']));
        $this->assertGreaterThanOrEqual(10, count($codes));
        foreach ($codes as $code) {
            $message = invalid_instrument::message(['path' => '', 'code' => $code, 'params' => [
                'min' => 1, 'max' => 2, 'expected' => 'x', 'key' => 'k', 'first' => '/', 'allowed' => 'a', 'property' => 'p',
                'type' => 't', 'message' => 'm', 'pattern' => 'p',
            ]]);
            $this->assertStringNotContainsString('[[', $message, $code);
        }
    }

    /**
     * The stored versions of one instrument (other shipped instruments are stored beside it).
     *
     * @param string $idnumber
     * @return \stdClass[]
     */
    private function versions_of(string $idnumber): array {
        $versions = \core\di::get(instrument_repository::class)->list_versions();
        return array_values(array_filter($versions, fn($v) => $v->idnumber === $idnumber));
    }
}
