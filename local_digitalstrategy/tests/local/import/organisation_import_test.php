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
use local_digitalstrategy\organisation;

/**
 * CSV import of organisations and members: per-row errors in the preview, and what apply() does.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\import\organisation_import
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\import\organisation_import::class)]
final class organisation_import_test extends \advanced_testcase {
    /**
     * Parses CSV text the way the import page does (csv_import_reader).
     *
     * @param string $csv
     * @return array{0: string[], 1: array[]}
     */
    private function read(string $csv): array {
        global $CFG;
        require_once($CFG->libdir . '/csvlib.class.php');
        $iid = \csv_import_reader::get_new_iid('local_digitalstrategy');
        $reader = new \csv_import_reader($iid, 'local_digitalstrategy');
        $reader->load_csv_content($csv, 'UTF-8', 'semicolon');
        $columns = $reader->get_columns();
        $rows = [];
        $reader->init();
        while ($row = $reader->next()) {
            $rows[] = $row;
        }
        $reader->cleanup(true);
        return [$columns, $rows];
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
            5 => ['error_employees'],
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
}
