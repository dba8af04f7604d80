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

namespace local_digitalstrategy\local\controlling;

use local_digitalstrategy\event\funder_report_downloaded;
use local_digitalstrategy\local\campaign\campaign;
use PhpOffice\PhpSpreadsheet\Cell\Coordinate;
use PhpOffice\PhpSpreadsheet\IOFactory;
use PhpOffice\PhpSpreadsheet\Spreadsheet;

/**
 * The funder report: the generated workbook (XLSX and ODS) opened with PhpSpreadsheet, its cells
 * compared with the numbers of the dashboard's timeline_service and with the records behind the
 * other sheets.
 *
 * The document-access sheet is compared with docaccess_repository::per_organisation() and totals()
 * of the document-access statistics.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\controlling\funder_report
 * @covers     \local_digitalstrategy\local\controlling\funder_report_repository
 * @covers     \local_digitalstrategy\local\controlling\funder_report_xlsx
 * @covers     \local_digitalstrategy\local\controlling\funder_report_ods
 * @covers     \local_digitalstrategy\event\funder_report_downloaded
 */
#[\PHPUnit\Framework\Attributes\CoversClass(funder_report::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(funder_report_repository::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(funder_report_xlsx::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(funder_report_ods::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(funder_report_downloaded::class)]
final class funder_report_test extends \advanced_testcase {
    /** @var string a name with everything a name may carry */
    private const AWKWARD = 'Kinder < 6 Jahre & Eltern "Süd" \'Nord\' 🌱';

    /** @var string a name that begins like a formula */
    private const FORMULA = '=HYPERLINK("https://evil.example/","Klick") Quote';

    /** @var \local_digitalstrategy_generator */
    private \local_digitalstrategy_generator $generator;

    /** @var programme 2018 H1 to 2019 H1 */
    private programme $programme;

    /** @var int the moment of the report: 60 % into the second half-year */
    private int $now;

    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        $this->setAdminUser();
        $this->generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $this->programme = $this->generator->set_programme(2018, 1, 3);
        $second = $this->programme->period(2);
        $this->now = $second->start + (int) round(0.6 * ($second->end - $second->start));
    }

    /**
     * Three manual indicators with a green, an amber (pro rata), an amber (tolerance) and a red cell.
     *
     * @return indicator[] by letter
     */
    private function indicators(): array {
        $values = \core\di::get(manual_value_repository::class);
        $a = $this->generator->create_indicator(['name' => self::AWKWARD, 'tolerance' => 2], [1 => 10, 2 => 10, 3 => 10]);
        $values->add($a->id, 1, 12, '', 2);
        $values->add($a->id, 2, 7, '', 2);
        $b = $this->generator->create_indicator(['name' => self::FORMULA, 'unit' => 'percent', 'tolerance' => 5], [1 => 30]);
        $values->add($b->id, 1, 27, '', 2);
        $c = $this->generator->create_indicator(['name' => 'Bewertung', 'unit' => 'mean', 'direction' => 'range'], [1 => [1, 1.5]]);
        $values->add($c->id, 1, 1 / 3, '', 2);
        return ['a' => $a, 'b' => $b, 'c' => $c];
    }

    /**
     * Writes the report and opens the file with PhpSpreadsheet.
     *
     * @param string $format xlsx or ods
     * @param int|null $period
     * @return array{0: Spreadsheet, 1: string} the workbook read back and the file's bytes
     */
    private function generate(string $format, ?int $period = null): array {
        $workbook = funder_report::workbook($format, 'report');
        \core\di::get(funder_report::class)->write($workbook, $period, $this->now, 'Renée Müller & "Team"');
        $bytes = $workbook->content();
        $path = make_request_directory() . '/report.' . $format;
        file_put_contents($path, $bytes);
        if ($format === 'ods') {
            self::unindent_ods($path);
        }
        return [IOFactory::createReader(ucfirst($format))->load($path), $bytes];
    }

    /**
     * Removes the indentation between the elements of an ODS file's content.xml. Moodle's ODS
     * writer indents its XML; the ODS reader of the PhpSpreadsheet Moodle ships takes the
     * whitespace between two cells for a cell and fails. Whitespace-only text between elements
     * is no cell content, so the cells read afterwards are the file's.
     *
     * @param string $path
     */
    private static function unindent_ods(string $path): void {
        $zip = new \ZipArchive();
        if ($zip->open($path) !== true) {
            throw new \coding_exception('Not a zip file: ' . $path);
        }
        $dom = new \DOMDocument();
        $dom->preserveWhiteSpace = false;
        $dom->loadXML($zip->getFromName('content.xml'));
        $zip->addFromString('content.xml', $dom->saveXML());
        $zip->close();
    }

    /**
     * The values of a sheet, rows and columns from 0, empty cells null.
     *
     * @param Spreadsheet $spreadsheet
     * @param int $index
     * @return array<int, array<int, mixed>>
     */
    private static function cells(Spreadsheet $spreadsheet, int $index): array {
        return $spreadsheet->getSheet($index)->toArray(null, false, false, false);
    }

    /**
     * Compares the timeline sheet with the dashboard's timeline, cell by cell.
     *
     * @param Spreadsheet $spreadsheet
     * @param timeline $timeline what the dashboard shows
     * @param bool $colours also compare the fills (XLSX)
     */
    private function assert_timeline_sheet(Spreadsheet $spreadsheet, timeline $timeline, bool $colours): void {
        $cells = self::cells($spreadsheet, 1);
        $sheet = $spreadsheet->getSheet(1);
        $this->assertSame('Indicator', $cells[0][0]);
        $col = 3;
        foreach ($timeline->periods as $period) {
            $this->assertSame($period->short_label() . ': target', $cells[0][$col]);
            $this->assertSame($period->short_label() . ': actual', $cells[0][$col + 1]);
            $this->assertSame($period->short_label() . ': Ampel', $cells[0][$col + 2]);
            $col += 3;
        }
        $this->assertNotEmpty($timeline->rows);
        foreach ($timeline->rows as $i => $row) {
            $line = $cells[$i + 1];
            $name = $row->indicator->display_name();
            $this->assertSame(preg_match('/^\s*[=+\-@]/', $name) ? "'" . $name : $name, $line[0]);
            $col = 3;
            foreach ($timeline->periods as $index => $period) {
                $cell = $row->cells[$index];
                $where = "$name, {$period->short_label()}";
                if ($cell->target === null) {
                    $this->assertNull($line[$col], "target of $where");
                } else if ($row->indicator->direction === 'range') {
                    $this->assertSame(
                        ampel_rule::number($cell->target->target) . '–' . ampel_rule::number($cell->target->targethigh),
                        $line[$col],
                        "target of $where"
                    );
                } else {
                    $this->assertEqualsWithDelta($cell->target->target, $line[$col], 0.001, "target of $where");
                }
                if ($cell->sourcemissing) {
                    $this->assertSame('Source missing', $line[$col + 1], "actual of $where");
                } else if ($cell->actual === null) {
                    $this->assertNull($line[$col + 1], "actual of $where");
                } else {
                    $this->assertEqualsWithDelta(round($cell->actual, 2), $line[$col + 1], 0.0001, "actual of $where");
                }
                $words = ['green' => 'Green', 'amber' => 'Amber', 'red' => 'Red', 'none' => null];
                $this->assertSame($words[$cell->ampel->colour], $line[$col + 2], "Ampel of $where");
                if ($colours && $cell->ampel->colour !== 'none') {
                    $fill = $sheet->getStyle(Coordinate::stringFromColumnIndex($col + 3) . ($i + 2))->getFill();
                    $this->assertSame(
                        ltrim(funder_report::AMPEL_COLOURS[$cell->ampel->colour][0], '#'),
                        $fill->getStartColor()->getRGB(),
                        "fill of the Ampel of $where"
                    );
                }
                $col += 3;
            }
        }
    }

    public function test_the_xlsx_timeline_has_the_dashboards_targets_actuals_and_ampel_colours(): void {
        $indicators = $this->indicators();
        $timeline = \core\di::get(timeline_service::class)->build($this->now);

        [$spreadsheet] = $this->generate('xlsx');

        $this->assertSame(
            ['Cover', 'Indicators', 'Attendance', 'Surveys', 'Feedback', 'Document access'],
            $spreadsheet->getSheetNames()
        );
        $this->assert_timeline_sheet($spreadsheet, $timeline, true);
        // The cells the plan's rules give, spelled out: green, amber pro rata, amber in tolerance, red, future.
        $rows = [];
        foreach (self::cells($spreadsheet, 1) as $line) {
            $rows[$line[0]] = $line;
        }
        $this->assertSame([10.0, 12.0, 'Green', 10.0, 7.0, 'Amber', 10.0, null, null], array_slice($rows[self::AWKWARD], 3));
        $this->assertSame([30.0, 27.0, 'Amber'], array_slice($rows["'" . self::FORMULA], 3, 3));
        $this->assertSame(['1–1.5', 0.33, 'Red'], array_slice($rows['Bewertung'], 3, 3));
        $this->assertSame(['count', 'at least'], array_slice($rows[self::AWKWARD], 1, 2));
        $this->assertSame(['mean', 'range'], array_slice($rows['Bewertung'], 1, 2));
        $this->assertCount(3, array_filter($indicators));
    }

    public function test_the_ods_timeline_has_the_same_numbers_and_the_ampel_fills(): void {
        $this->indicators();
        $timeline = \core\di::get(timeline_service::class)->build($this->now);

        [$spreadsheet, $bytes] = $this->generate('ods');

        $this->assertSame(
            ['Cover', 'Indicators', 'Attendance', 'Surveys', 'Feedback', 'Document access'],
            $spreadsheet->getSheetNames()
        );
        $this->assert_timeline_sheet($spreadsheet, $timeline, false);
        // PhpSpreadsheet reads no fills from ODS: the styles are in content.xml.
        $zip = new \ZipArchive();
        $path = make_request_directory() . '/report.ods';
        file_put_contents($path, $bytes);
        $this->assertTrue($zip->open($path));
        $content = $zip->getFromName('content.xml');
        foreach (funder_report::AMPEL_COLOURS as [$background]) {
            $this->assertStringContainsStringIgnoringCase('fo:background-color="' . $background . '"', $content);
        }
    }

    public function test_a_name_that_begins_like_a_formula_is_a_text_cell_with_a_quote(): void {
        $this->indicators();

        [$spreadsheet] = $this->generate('xlsx');

        $sheet = $spreadsheet->getSheet(1);
        $found = false;
        foreach ($sheet->getRowIterator(2) as $row) {
            $cell = $sheet->getCell('A' . $row->getRowIndex());
            if ($cell->getValue() === "'" . self::FORMULA) {
                $found = true;
                $this->assertSame('s', $cell->getDataType());
            }
            $this->assertNotSame('f', $cell->getDataType());
        }
        $this->assertTrue($found);
    }

    public function test_the_cover_names_programme_period_time_and_author(): void {
        [$spreadsheet] = $this->generate('xlsx');
        $cover = self::cells($spreadsheet, 0);

        $this->assertSame('Funder report: project controlling', $cover[0][0]);
        $site = format_string(get_site()->fullname, true, ['escape' => false]);
        $this->assertSame(['Platform', $site], array_slice($cover[2], 0, 2));
        $this->assertSame(['Programme', 'Half-year 1 of 2018 to Half-year 1 of 2019 (3 half-years)'], array_slice($cover[3], 0, 2));
        $this->assertSame(['Reporting period', 'The whole programme'], array_slice($cover[4], 0, 2));
        $this->assertSame(
            ['Generated at', userdate($this->now, get_string('strftimedatetime', 'langconfig'))],
            array_slice($cover[5], 0, 2)
        );
        $this->assertSame(['Generated by', 'Renée Müller & "Team"'], array_slice($cover[6], 0, 2));
    }

    public function test_one_half_year_reports_only_that_half_year(): void {
        $this->indicators();
        $timeline = \core\di::get(timeline_service::class)->build($this->now, [2]);

        [$spreadsheet] = $this->generate('ods', 2);

        $this->assertSame(['Reporting period', 'Half-year 2 of 2018'], array_slice(self::cells($spreadsheet, 0)[4], 0, 2));
        $header = array_values(array_filter(self::cells($spreadsheet, 1)[0], fn($v) => $v !== null));
        $this->assertSame(['Indicator', 'Unit', 'Target means', 'H2 2018: target', 'H2 2018: actual', 'H2 2018: Ampel'], $header);
        $this->assert_timeline_sheet($spreadsheet, $timeline, false);
    }

    public function test_a_half_year_outside_the_programme_is_refused(): void {
        $this->expectException(\moodle_exception::class);
        $this->expectExceptionMessage('Half-year 4 is outside the programme, which has 3 half-years.');
        \core\di::get(funder_report::class)->write(funder_report::workbook('xlsx', 'x'), 4, $this->now, 'x');
    }

    public function test_another_format_is_refused_with_a_clear_message(): void {
        $this->expectException(\moodle_exception::class);
        $this->expectExceptionMessage('The funder report is available as xlsx (Excel) or ods (OpenDocument), not as “csv”.');
        funder_report::workbook('csv', 'x');
    }

    public function test_attendance_counts_participants_per_session_and_organisation_in_the_programmes_courses(): void {
        global $DB;
        $course = $this->getDataGenerator()->create_course(['fullname' => 'Programm & Zirkel']);
        $circle = $this->getDataGenerator()->create_module('devcircle', ['course' => $course->id,
            'name' => 'Zirkel "Dienstpläne"']);
        $circlegen = $this->getDataGenerator()->get_plugin_generator('mod_devcircle');
        $first = $this->programme->period(1);
        $early = $circlegen->create_session(['devcircle' => $circle->id, 'title' => 'Auftakt & Ziele',
            'timestart' => $first->start + DAYSECS]);
        $late = $circlegen->create_session(['devcircle' => $circle->id, 'title' => 'Rückblick',
            'timestart' => $first->start + 30 * DAYSECS]);
        $outside = $circlegen->create_session(['devcircle' => $circle->id, 'timestart' => $first->start - DAYSECS]);
        $kita = $this->generator->create_organisation(['name' => self::AWKWARD]);
        $werkstatt = $this->generator->create_organisation(['name' => '+1 Werkstatt']);
        $users = [];
        foreach (['k1' => $kita, 'k2' => $kita, 'w1' => $werkstatt, 'none' => null] as $key => $org) {
            $users[$key] = $this->getDataGenerator()->create_user();
            if ($org) {
                $this->generator->add_member($org, $users[$key]->id);
            }
        }
        $join = function ($session, string $user) use ($DB, $users): void {
            $DB->insert_record('devcircle_attendance', ['sessionid' => $session->get_id(), 'userid' => $users[$user]->id,
                'role' => 'viewer', 'timejoined' => $session->get_timestart(), 'timeleft' => 0]);
        };
        // K1 joins the early session twice (a dropped connection): counted once.
        $joins = [[$early, 'k1'], [$early, 'k1'], [$early, 'k2'], [$early, 'w1'], [$early, 'none'], [$late, 'w1'],
            [$outside, 'k1']];
        foreach ($joins as [$session, $user]) {
            $join($session, $user);
        }

        [$spreadsheet] = $this->generate('xlsx');

        $cells = self::cells($spreadsheet, 2);
        $this->assertSame(['Half-year', 'Course', 'Development circle', 'Session', 'Date of the session', 'Organisation',
            'Participants'], $cells[0]);
        $format = get_string('strftimedatetimeshort', 'langconfig');
        $earlyrow = ['H1 2018', 'Programm & Zirkel', 'Zirkel "Dienstpläne"', 'Auftakt & Ziele',
            userdate($early->get_timestart(), $format)];
        $laterow = ['H1 2018', 'Programm & Zirkel', 'Zirkel "Dienstpläne"', 'Rückblick', userdate($late->get_timestart(), $format)];
        $this->assertSame([
            array_merge($earlyrow, ["'+1 Werkstatt", 1]),
            array_merge($earlyrow, [self::AWKWARD, 2]),
            array_merge($earlyrow, ['No organisation', 1]),
            array_merge($laterow, ["'+1 Werkstatt", 1]),
        ], array_slice($cells, 1));

        // Courses outside the programme's category do not count.
        $category = $this->getDataGenerator()->create_category();
        set_config('programmecategory', $category->id, 'local_digitalstrategy');
        [$spreadsheet] = $this->generate('xlsx');
        $this->assertSame([['Nothing in the reporting period.']], array_map(
            fn($row) => array_values(array_filter($row, fn($v) => $v !== null)),
            array_slice(self::cells($spreadsheet, 2), 1)
        ));
    }

    public function test_surveys_show_invited_responded_and_the_rate_and_feedback_the_mean(): void {
        $first = $this->programme->period(1);
        $survey = $this->generator->create_campaign(['name' => self::FORMULA, 'timeopen' => $first->start + DAYSECS,
            'timeclose' => $first->start + 20 * DAYSECS, 'status' => 'closed', 'participationtarget' => 30]);
        foreach ([['responded' => 1], [], [], ['status' => 'revoked', 'responded' => 1]] as $invite) {
            $this->generator->create_invite($survey, $invite);
        }
        $this->generator->create_campaign(['name' => 'Entwurf', 'status' => 'draft', 'timeopen' => $first->start + DAYSECS]);
        $this->generator->create_campaign(['name' => 'Vorher', 'timeopen' => $first->start - DAYSECS]);
        $rated = $this->feedback_campaign('Kick-off & "Transfer" 🎉', $first->start + 2 * DAYSECS, [2, 1, 1]);
        $this->feedback_campaign('Zu wenige', $first->start + 3 * DAYSECS, [2, 2]);

        [$spreadsheet] = $this->generate('xlsx');

        $date = get_string('strftimedate', 'langconfig');
        $this->assertSame([
            ['Half-year', 'Campaign', 'Status', 'Opened', 'Closes', 'Invited', 'Responded', 'Participation (%)',
                'Target participation (%)'],
            ['H1 2018', "'" . self::FORMULA, 'Closed', userdate($first->start + DAYSECS, $date),
                userdate($first->start + 20 * DAYSECS, $date), 3, 1, 33.3, 30],
        ], self::cells($spreadsheet, 3));
        $this->assertSame([
            ['Half-year', 'Campaign', 'Date of the event', 'Responses', 'Mean rating (−2 to +2)'],
            ['H1 2018', 'Kick-off & "Transfer" 🎉', userdate($rated->eventdate, $date), 3, 1.33],
            ['H1 2018', 'Zu wenige', userdate($first->start + 3 * DAYSECS, $date), 2,
                'Not shown: fewer than ' . campaign::MIN_FEEDBACK_RESPONSES . ' responses'],
        ], self::cells($spreadsheet, 4));
    }

    /**
     * A feedback campaign with responses rating every item alike.
     *
     * @param string $name
     * @param int $eventdate
     * @param int[] $ratings one per response
     * @return campaign
     */
    private function feedback_campaign(string $name, int $eventdate, array $ratings): campaign {
        $campaign = $this->generator->create_campaign(['instrument' => 'veranstaltungsfeedback', 'name' => $name,
            'target' => 'event', 'respondent' => 'person', 'eventdate' => $eventdate]);
        foreach ($ratings as $rating) {
            $this->generator->create_response($campaign, array_fill_keys(
                ['useful', 'practical', 'moderation', 'participation', 'technology', 'time'],
                $rating
            ));
        }
        return $campaign;
    }

    public function test_document_access_lists_the_repositorys_rows_per_half_year(): void {
        global $DB;
        $kita = $this->generator->create_organisation(['name' => self::AWKWARD]);
        $small = $this->generator->create_organisation(['name' => 'Klein']);
        $rows = [];
        for ($u = 1; $u <= 6; $u++) {
            $rows[] = ['period' => 1, 'orgid' => $kita->get_id(), 'userid' => 100 + $u, 'cmid' => 7, 'modname' => 'resource',
                'views' => 3, 'downloads' => 1];
            $rows[] = ['period' => 2, 'orgid' => $kita->get_id(), 'userid' => 100 + $u, 'cmid' => 8, 'modname' => 'page',
                'views' => 2, 'downloads' => 0];
        }
        $rows[] = ['period' => 1, 'orgid' => $small->get_id(), 'userid' => 200, 'cmid' => 7, 'modname' => 'resource',
            'views' => 9, 'downloads' => 9];
        foreach ($rows as $row) {
            $DB->insert_record('local_digitalstrategy_docaccess', (object) ($row + ['courseid' => 1,
                'timefirst' => $this->programme->period($row['period'])->start + 10,
                'timelast' => $this->programme->period($row['period'])->start + 20]));
        }
        $repository = \core\di::get(docaccess_repository::class);
        $expected = [['Half-year', 'Organisation', 'Resource type', 'Views', 'Downloads', 'Users']];
        foreach ($this->programme->periods() as $index => $period) {
            foreach ($repository->per_organisation($index) as $record) {
                $record = (array) $record;
                $expected[] = [$period->short_label(), $record['orgname'],
                    get_string('modulename', $record['modname']), (int) $record['views'], (int) $record['downloads'],
                    (int) $record['users']];
            }
        }

        [$spreadsheet] = $this->generate('xlsx');

        $cells = self::cells($spreadsheet, 5);
        $this->assertSame($expected, array_slice($cells, 0, count($expected)));
        // The organisation with one user is below k and not shown per organisation.
        $this->assertSame(['H1 2018', self::AWKWARD, 'File', 18, 6, 6], $cells[1]);
        $this->assertSame(['H2 2018', self::AWKWARD, 'Page', 12, 0, 6], $cells[2]);
        $this->assertSame([], array_filter($cells[3], fn($v) => $v !== null));
        // The totals count everyone: the small organisation's user and views too.
        $this->assertSame('All users per half-year, those of no organisation included', $cells[4][0]);
        $this->assertSame(['Half-year', 'Views', 'Downloads', 'Users', 'Organisations'], array_slice($cells[5], 0, 5));
        $totals = [];
        foreach ($repository->totals(array_keys($this->programme->periods())) as $index => $total) {
            $total = (array) $total;
            $totals[] = [$this->programme->period($index)->short_label(), (int) $total['views'], (int) $total['downloads'],
                (int) $total['users'], (int) $total['organisations']];
        }
        $this->assertSame($totals, array_map(fn($row) => array_slice($row, 0, 5), array_slice($cells, 6, 3)));
        $this->assertSame(['H1 2018', 27, 15, 7, 2], $totals[0]);
        $this->assertSame(['H2 2018', 12, 0, 6, 1], $totals[1]);
        $this->assertSame(['H1 2019', 0, 0, 0, 0], $totals[2]);
    }

    public function test_the_download_event_names_format_and_half_year(): void {
        $sink = $this->redirectEvents();

        funder_report_downloaded::create_for_download('ods', 2, 7)->trigger();

        $events = $sink->get_events();
        $this->assertCount(1, $events);
        $event = reset($events);
        $this->assertInstanceOf(funder_report_downloaded::class, $event);
        $this->assertSame(['format' => 'ods', 'period' => 2], $event->other);
        $this->assertSame(7, (int) $event->userid);
        $this->assertSame('Funder report downloaded', $event::get_name());
        $this->assertStringContainsString('half-year 2 as ods', $event->get_description());
        $this->assertSame(
            '/local/digitalstrategy/controlling_export.php?format=ods&period=2',
            $event->get_url()->out_as_local_url(false)
        );
    }
}
