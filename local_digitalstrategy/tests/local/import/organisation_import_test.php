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

namespace local_digitalstrategy\local\import;

use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\output\import_preview;
use local_digitalstrategy\organisation;

/**
 * CSV import of organisations and members: per-row errors in the preview, and what apply() does.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\import\organisation_import
 * @covers     \local_digitalstrategy\output\import_preview
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\import\organisation_import::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\output\import_preview::class)]
final class organisation_import_test extends \advanced_testcase {
    /**
     * Reads CSV text the way the import page does (csv_file, encoding and separator detected).
     *
     * @param string $csv
     * @return array{0: string[], 1: array[]}
     */
    private function read(string $csv): array {
        $file = csv_file::read($csv, csv_file::AUTO, csv_file::AUTO, organisation_import::COLUMNS);
        $this->assertSame([], $file->errors);
        return [$file->columns, $file->rows];
    }

    /**
     * Error keys by line.
     *
     * @param \stdClass[] $preview
     * @return array<int, string[]>
     */
    private function errors(array $preview): array {
        $errors = [];
        foreach ($preview as $row) {
            $errors[$row->line] = array_column($row->errors, 0);
        }
        return $errors;
    }

    public function test_valid_file_creates_organisations_and_members(): void {
        $this->resetAfterTest();
        $anna = $this->getDataGenerator()->create_user(['username' => 'anna']);
        $ben = $this->getDataGenerator()->create_user(['username' => 'ben', 'email' => 'ben@example.org']);
        [$columns, $rows] = $this->read("idnumber;name;location;fieldofwork;employees;pilot;username;email;role\n"
            . "csn;Caritas Sozialstation Nord;Hamburg;care;120;ja;anna;;leadership\n"
            . "csn;;;;;;;BEN@example.org;\n"
            . "bzm;Beratungszentrum Mitte;Kassel;counselling;;nein;;;\n");
        $import = \core\di::get(organisation_import::class);

        $preview = $import->preview($columns, $rows);
        $summary = $import->apply($preview, 2);

        $this->assertSame([2 => [], 3 => [], 4 => []], $this->errors($preview));
        $this->assertSame(['create', 'none', 'create'], array_column($preview, 'orgaction'));
        $this->assertSame(['add', 'add', 'none'], array_column($preview, 'memberaction'));
        $this->assertSame(['created' => 2, 'updated' => 0, 'members' => 2, 'skipped' => 0], $summary);
        $csn = \core\di::get(organisation_repository::class)->get_by_idnumber('csn');
        $this->assertTrue($csn->is_pilot());
        $this->assertSame(120, $csn->get_employees());
        $organisations = \core\di::get(organisation_repository::class);
        $this->assertSame('leadership', $organisations->get_role($csn, $anna->id));
        $this->assertSame('staff', $organisations->get_role($csn, $ben->id));
        $this->assertFalse(\core\di::get(organisation_repository::class)->get_by_idnumber('bzm')->is_pilot());
    }

    public function test_every_bad_row_gets_its_own_clear_error_and_good_rows_still_import(): void {
        $this->resetAfterTest();
        $this->getDataGenerator()->create_user(['username' => 'anna']);
        $clara = $this->getDataGenerator()->create_user(['username' => 'clara']);
        $other = \core\di::get(organisation_repository::class)->create((object) ['name' => 'Andere', 'idnumber' => 'other'], 2);
        \core\di::get(organisation_repository::class)->add_member($other, $clara->id, 'staff', 2);
        [$columns, $rows] = $this->read("idnumber;name;fieldofwork;employees;pilot;username;role\n"
            . ";Ohne Kennung;care;;;;\n"                   // 2: no idnumber.
            . "x1;;care;;;;\n"                             // 3: new organisation without name.
            . "x2;Krankenhaus;hospital;;;;\n"              // 4: unknown field of work.
            . "x3;Viele;care;viele;;;\n"                   // 5: employees not a number.
            . "x4;Pilot?;care;;vielleicht;;\n"             // 6: pilot not yes/no.
            . "ok;Gute Zeile;care;10;nein;anna;chef\n"     // 7: the organisation is fine, the role is not.
            . "ok;Anderer Name;;;;;\n"                     // 8: defines the organisation, line 7 had errors.
            . "ok;;;;;nobody;\n"                           // 9: unknown user.
            . "ok;;;;;clara;\n"                            // 10: member of another organisation.
            . "ok;;;;;;staff\n"                            // 11: role without user.
            . "ok;;;;;anna;staff\n"                        // 12: fine.
            . "ok;Dritter Name;;;;;\n");                   // 13: conflicts with line 8.
        $import = \core\di::get(organisation_import::class);

        $preview = $import->preview($columns, $rows);
        $summary = $import->apply($preview, 2);

        $this->assertSame([
            2 => ['importerror_noidnumber'],
            3 => ['error_namerequired'],
            4 => ['error_fieldofwork'],
            5 => ['importerror_employees'],
            6 => ['importerror_pilot'],
            7 => ['error_role'],
            8 => [],
            9 => ['importerror_nouser'],
            10 => ['error_memberofother'],
            11 => ['importerror_rolewithoutuser'],
            12 => [],
            13 => ['importerror_conflict'],
        ], $this->errors($preview));
        // A row with an error is skipped whole, so line 8 creates "ok" and line 12 adds anna to it.
        $this->assertSame(['created' => 1, 'updated' => 0, 'members' => 1, 'skipped' => 10], $summary);
        $ok = \core\di::get(organisation_repository::class)->get_by_idnumber('ok');
        $this->assertSame('Anderer Name', $ok->get_name());
        $this->assertTrue(\core\di::get(\local_digitalstrategy\local\organisation_access::class)
            ->is_member($ok, (int) \core_user::get_user_by_username('anna')->id));
        foreach ($preview as $row) {
            foreach ($row->errors as [$key, $param]) {
                $this->assertTrue(get_string_manager()->string_exists($key, 'local_digitalstrategy'), $key);
            }
        }
    }

    public function test_a_second_import_updates_changed_organisations_and_roles_only(): void {
        $this->resetAfterTest();
        $anna = $this->getDataGenerator()->create_user(['username' => 'anna']);
        $import = \core\di::get(organisation_import::class);
        [$columns, $rows] = $this->read("idnumber;name;location;username;role\ncsn;Nord;Hamburg;anna;staff\n");
        $import->apply($import->preview($columns, $rows), 2);

        [$columns, $rows] = $this->read("idnumber;name;location;username;role\n"
            . "csn;Nord;Lübeck;anna;leadership\n");
        $preview = $import->preview($columns, $rows);
        $summary = $import->apply($preview, 2);

        $this->assertSame('update', $preview[0]->orgaction);
        $this->assertSame('role', $preview[0]->memberaction);
        $this->assertSame(['created' => 0, 'updated' => 1, 'members' => 1, 'skipped' => 0], $summary);
        $this->assertSame('Lübeck', \core\di::get(organisation_repository::class)->get_by_idnumber('csn')->get_location());
        $organisations = \core\di::get(organisation_repository::class);
        $this->assertSame('leadership', $organisations->get_role($organisations->get_for_user($anna->id), $anna->id));
    }

    public function test_header_problems_are_named(): void {
        $import = \core\di::get(organisation_import::class);

        $this->assertSame(
            [['importerror_missingcolumn', 'idnumber'], ['importerror_unknowncolumn', 'größe']],
            $import->check_columns(['Name', 'Größe'])
        );
        $this->assertSame([['importerror_duplicatecolumn', 'name']], $import->check_columns(['idnumber', 'name', 'NAME']));
        $this->assertSame([], $import->check_columns(['IDNUMBER', ' name ', 'username', 'role']));
    }

    /**
     * Error keys and their columns by line.
     *
     * @param \stdClass[] $preview
     * @return array<int, string[]> "column: key" per error
     */
    private function errors_with_columns(array $preview): array {
        $errors = [];
        foreach ($preview as $row) {
            $errors[$row->line] = array_map(fn($e) => ($e[2] ?? '') . ': ' . $e[0], $row->errors);
        }
        return $errors;
    }

    public function test_a_latin1_file_from_excel_keeps_its_umlauts(): void {
        $this->resetAfterTest();
        $csv = mb_convert_encoding("idnumber;name;location\nsued;Sozialstation Süd;Lörrach\n", 'ISO-8859-1', 'UTF-8');
        $this->assertFalse(mb_check_encoding($csv, 'UTF-8'), 'the file really is Latin-1');
        $import = \core\di::get(organisation_import::class);

        [$columns, $rows] = $this->read($csv);
        $import->apply($import->preview($columns, $rows), 2);

        $sued = \core\di::get(organisation_repository::class)->get_by_idnumber('sued');
        $this->assertSame('Sozialstation Süd', $sued->get_name());
        $this->assertSame('Lörrach', $sued->get_location());
    }

    public function test_comma_and_tab_separated_files_import_like_semicolon_separated_ones(): void {
        $this->resetAfterTest();
        $import = \core\di::get(organisation_import::class);

        $files = ["idnumber,name,location\nk1,\"Komma, mit Zusatz\",Köln\n", "idnumber\tname\tlocation\nt1\tTab & Co.\tTrier\n"];
        foreach ($files as $csv) {
            [$columns, $rows] = $this->read($csv);
            $this->assertSame([], $import->check_columns($columns));
            $this->assertSame([2 => []], $this->errors($import->preview($columns, $rows)));
            $import->apply($import->preview($columns, $rows), 2);
        }

        $organisations = \core\di::get(organisation_repository::class);
        $this->assertSame('Komma, mit Zusatz', $organisations->get_by_idnumber('k1')->get_name());
        $this->assertSame('Köln', $organisations->get_by_idnumber('k1')->get_location());
        $this->assertSame('Tab & Co.', $organisations->get_by_idnumber('t1')->get_name());
    }

    public function test_a_value_with_a_nul_byte_or_control_character_is_refused_not_cleaned(): void {
        $this->resetAfterTest();
        $import = \core\di::get(organisation_import::class);
        [$columns, $rows] = $this->read("idnumber;name;location\n"
            . "abn-nul\0 3;NUL im Kennzeichen;Bonn\n"
            . "bell;Glocke\x07;Bonn\n"
            . "\"br\";\"Zeilen\r\numbruch\";Bonn\n"
            . "ok;Ohne Probleme;Bonn\n");

        $preview = $import->preview($columns, $rows);
        $summary = $import->apply($preview, 2);

        $this->assertSame([
            2 => ['idnumber: importerror_control'],
            3 => ['name: importerror_control'],
            4 => ['name: importerror_control'],
            6 => [],
        ], $this->errors_with_columns($preview));
        $this->assertEquals((object) ['char' => 'U+0000 (NUL)', 'position' => '8'], $preview[0]->errors[0][1]);
        $this->assertEquals((object) ['char' => 'U+0007', 'position' => '7'], $preview[1]->errors[0][1]);
        $this->assertEquals((object) ['char' => 'U+000D (CR)', 'position' => '7'], $preview[2]->errors[0][1]);
        $this->assertSame("abn-nul\0 3", $preview[0]->values['idnumber'], 'the value is kept as written');
        $this->assertSame(['created' => 1, 'updated' => 0, 'members' => 0, 'skipped' => 3], $summary);
        $organisations = \core\di::get(organisation_repository::class);
        $this->assertNull($organisations->get_by_idnumber('abn-nul3'));
        $this->assertNull($organisations->get_by_idnumber('abn-nul 3'));
        $this->assertSame(1, $organisations->count_active());

        $html = $this->render_preview($preview);
        $this->assertStringContainsString('abn-nul␀ 3', $html, 'the preview shows where the NUL is');
        $this->assertStringNotContainsString("\0", $html);
        $this->assertStringContainsString('idnumber: contains the control character U+0000 (NUL) at position 8.', $html);
    }

    public function test_a_one_megabyte_cell_is_refused_with_field_and_limit_and_shown_shortened(): void {
        $this->resetAfterTest();
        $import = \core\di::get(organisation_import::class);
        $huge = str_repeat('x', 1048576);
        [$columns, $rows] = $this->read("idnumber;name;location;username\nbig;$huge;Bonn;\nbig2;Klein;Bonn;$huge\n");

        $preview = $import->preview($columns, $rows);
        $html = $this->render_preview($preview);

        $this->assertSame(
            [2 => ['name: importerror_toolong'], 3 => ['username: importerror_toolong']],
            $this->errors_with_columns($preview)
        );
        $this->assertStringContainsString('name: at most 255 characters (this one has 1,048,576)', $html);
        $this->assertStringContainsString('username: at most 100 characters (this one has 1,048,576)', $html);
        $this->assertStringContainsString(str_repeat('x', import_preview::DISPLAY_LENGTH) . '… (1,048,576 characters)', $html);
        $this->assertLessThan(10000, strlen($html), 'the preview does not echo the cell');
        $this->assertSame(['created' => 0, 'updated' => 0, 'members' => 0, 'skipped' => 2], $import->apply($preview, 2));
    }

    public function test_every_row_error_names_its_column_and_limits_name_their_limit(): void {
        $this->resetAfterTest();
        $this->getDataGenerator()->create_user(['username' => 'anna']);
        $import = \core\di::get(organisation_import::class);
        [$columns, $rows] = $this->read("idnumber;name;fieldofwork;employees;pilot;username;role\n"
            . ";Ohne Kennung;care;;;;\n"
            . "x2;Krankenhaus;hospital;;;;\n"
            . "x3;Viele;care;viele;;;\n"
            . "x4;Pilot?;care;;vielleicht;;\n"
            . "x5;Rolle;care;;;anna;chef\n"
            . "x6;Niemand;care;;;nobody;\n"
            . "x7;Zu viele Werte;care;;;;;extra\n"
            . "x8;Zu wenige Werte\n");

        $preview = $import->preview($columns, $rows);
        $html = $this->render_preview($preview);

        $this->assertSame([
            2 => ['idnumber: importerror_noidnumber'],
            3 => ['fieldofwork: error_fieldofwork'],
            4 => ['employees: importerror_employees'],
            5 => ['pilot: importerror_pilot'],
            6 => ['role: error_role'],
            7 => ['username: importerror_nouser'],
            8 => [': importerror_columncount'],
            9 => [': importerror_columncount'],
        ], $this->errors_with_columns($preview));
        $this->assertStringContainsString(
            'employees: a whole number from 0 to 9,999,999, or empty (this one is &quot;viele&quot;)',
            $html
        );
        $this->assertStringContainsString('This line has 8 values, but the header row has 7 columns.', $html);
        $this->assertStringContainsString('This line has 2 values, but the header row has 7 columns.', $html);
    }

    public function test_the_preview_says_how_the_file_was_read(): void {
        $this->resetAfterTest();
        $import = \core\di::get(organisation_import::class);
        $file = csv_file::read(
            mb_convert_encoding("idnumber,name\nsued,Süd\n", 'ISO-8859-1', 'UTF-8'),
            csv_file::AUTO,
            csv_file::AUTO,
            organisation_import::COLUMNS
        );

        $html = $this->render_preview($import->preview($file->columns, $file->rows), [], $file);

        $this->assertStringContainsString('The file was read as WINDOWS-1252 (detected) with Comma (,) (detected) between', $html);
        $this->assertStringContainsString('>Süd<', $html);
    }

    /**
     * Renders a preview.
     *
     * @param \stdClass[] $preview
     * @param array $fileerrors
     * @param csv_file|null $file
     * @return string
     */
    private function render_preview(array $preview, array $fileerrors = [], ?csv_file $file = null): string {
        global $PAGE;
        return $PAGE->get_renderer('core')->render(new import_preview($preview, $fileerrors, $file));
    }
}
