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

namespace mod_devcircle\webinar;

use mod_devcircle\instance_repository;
use PhpOffice\PhpSpreadsheet\Cell\DataType;
use PhpOffice\PhpSpreadsheet\IOFactory;
use PHPUnit\Framework\Attributes\CoversClass;
use PHPUnit\Framework\Attributes\DataProvider;

/**
 * The attendance export as a person downloads it: hostile names of sessions, people and
 * organisations become no formula and run no script; headings show "&" as "&".
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\webinar\attendance_export
 */
#[CoversClass(attendance_export::class)]
final class attendance_export_test extends \advanced_testcase {
    /** Names a person, an organisation or a session may be given. */
    private const HOSTILE = [
        'title' => 'Kinder & Jugend < 6 "Süd" \'Öffnung\' 🌱',
        'title2' => '=HYPERLINK("https://evil.example/","Klick")',
        'firstname' => '+1',
        'lastname' => '-2',
        'organisation' => '@SUM(A1)<script>alert(1)</script><img src=x onerror=alert(2)>',
    ];

    /**
     * Downloads the attendance export of a circle with hostile names.
     *
     * @param string $format a data format
     * @return string the file
     */
    private function download(string $format): string {
        global $DB;
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $circle = $this->getDataGenerator()->create_module('devcircle', ['course' => $course->id]);
        $generator = $this->getDataGenerator()->get_plugin_generator('mod_devcircle');
        $first = $generator->create_session(['devcircle' => $circle->id, 'title' => self::HOSTILE['title']]);
        $generator->create_session(['devcircle' => $circle->id, 'title' => self::HOSTILE['title2']]);
        $user = $this->getDataGenerator()->create_user(['firstname' => self::HOSTILE['firstname'],
            'lastname' => self::HOSTILE['lastname']]);
        $orgid = $DB->insert_record('local_digitalstrategy_org', (object) ['name' => self::HOSTILE['organisation'],
            'idnumber' => 'X1', 'location' => '', 'fieldofwork' => 'other', 'pilot' => 0, 'archived' => 0,
            'timecreated' => time(), 'timemodified' => time(), 'usermodified' => 0]);
        $DB->insert_record('local_digitalstrategy_member', (object) ['orgid' => $orgid, 'userid' => $user->id,
            'role' => 'staff', 'timecreated' => time(), 'timemodified' => time(), 'usermodified' => 0]);
        \core\di::get(attendance_repository::class)->record_join($first, $user->id, attendance_repository::ROLE_VIEWER, 1000);
        $this->setAdminUser();
        $instance = \core\di::get(instance_repository::class)->get_by_id($circle->id);
        $sessions = \core\di::get(session_repository::class)->list_for_circle($instance->get_instance_id());

        ob_start();
        \core\di::get(attendance_export::class)->download($instance, $sessions, null, true, $format);
        return ob_get_clean();
    }

    /**
     * The spreadsheet formats.
     *
     * @return array
     */
    public static function spreadsheet_provider(): array {
        return ['XLSX' => ['excel', 'xlsx'], 'ODS' => ['ods', 'ods']];
    }

    /**
     * XLSX and ODS: no cell is a formula; names show as stored, neutralised where they begin like one.
     *
     * @dataProvider spreadsheet_provider
     * @param string $format
     * @param string $extension
     */
    #[DataProvider('spreadsheet_provider')]
    public function test_no_cell_of_the_spreadsheet_is_a_formula(string $format, string $extension): void {
        $path = make_request_directory() . '/attendance.' . $extension;
        file_put_contents($path, $this->download($format));

        $sheet = IOFactory::load($path)->getActiveSheet();

        $values = [];
        foreach ($sheet->getRowIterator() as $row) {
            foreach ($row->getCellIterator() as $cell) {
                $this->assertFalse($cell->isFormula(), $cell->getCoordinate());
                $this->assertNotSame(DataType::TYPE_FORMULA, $cell->getDataType());
                $values[] = (string) $cell->getFormattedValue();
            }
        }
        $this->assertContains("'" . self::HOSTILE['organisation'], $values);
        $this->assertContains("'+1 -2", $values);
        $headings = implode("\n", array_slice($values, 0, 6));
        $this->assertStringContainsString("'=HYPERLINK(\"https://evil.example/\",\"Klick\") (", $headings);
        $this->assertStringContainsString(self::HOSTILE['title'] . ' (', $headings);
        $this->assertStringNotContainsString('&amp;', $headings);
    }

    public function test_csv_fields_are_quoted_and_neutralised(): void {
        $csv = $this->download('csv');

        $this->assertStringContainsString('"\'' . self::HOSTILE['organisation'] . '","\'+1 -2"', $csv);
        $this->assertStringContainsString('"Kinder & Jugend < 6 ""Süd"" \'Öffnung\' 🌱 (', $csv);
    }

    public function test_the_html_table_runs_no_script_and_shows_ampersands(): void {
        $html = $this->download('html');

        $this->assertStringNotContainsStringIgnoringCase('<script', $html);
        $this->assertStringNotContainsStringIgnoringCase('<img', $html);
        $this->assertStringContainsString('&lt;script&gt;', $html);
        $this->assertStringContainsString('<th>Kinder &amp; Jugend &lt; 6 &quot;Süd&quot; &apos;Öffnung&apos; 🌱 (', $html);
        $dom = new \DOMDocument();
        $dom->loadHTML($html, LIBXML_NOERROR);
        $headings = array_map(fn($th) => $th->textContent, iterator_to_array($dom->getElementsByTagName('th')));
        $this->assertStringStartsWith(self::HOSTILE['title'] . ' (', $headings[4]);
    }
}
