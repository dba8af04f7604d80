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

use local_digitalstrategy\local\export\cell;

/**
 * The funder report: one workbook (XLSX or ODS, written with Moodle's spreadsheet library) with a
 * cover sheet, the indicator timeline with its Ampel colours (the numbers the dashboard shows:
 * the same timeline_service), attendance per organisation and session, survey participation,
 * feedback means and document access per organisation.
 *
 * Every text goes through {@see cell::text()}: a name that begins like a formula (=, +, -, @) is
 * written with a leading single quote and stays text. Numbers are numeric cells.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class funder_report {
    /** @var array<string, class-string> the formats offered: file extension => workbook class */
    public const FORMATS = ['xlsx' => funder_report_xlsx::class, 'ods' => funder_report_ods::class];

    /** @var array<string, array{0: string, 1: string}> Ampel colour => [background, text colour] */
    public const AMPEL_COLOURS = [
        'green' => ['#C6EFCE', '#006100'],
        'amber' => ['#FFEB9C', '#7A4500'],
        'red' => ['#FFC7CE', '#9C0006'],
    ];

    /** @var array<string, \MoodleExcelFormat|\MoodleODSFormat> formats of the workbook being written */
    private array $formats = [];

    /**
     * Creates the report.
     *
     * @param timeline_service $timelines the indicator timeline (as on the dashboard)
     * @param funder_report_repository $records attendance, surveys, feedback
     * @param docaccess_repository $docaccess document access per organisation
     * @param programme $programme the half-years
     */
    public function __construct(
        /** @var timeline_service */
        private readonly timeline_service $timelines,
        /** @var funder_report_repository */
        private readonly funder_report_repository $records,
        /** @var docaccess_repository */
        private readonly docaccess_repository $docaccess,
        /** @var programme */
        private readonly programme $programme,
    ) {
    }

    /**
     * An empty workbook of a format.
     *
     * @param string $format xlsx or ods
     * @param string $filename the file's name without extension
     * @return funder_report_xlsx|funder_report_ods
     * @throws \moodle_exception funderreport_error_format for another format
     */
    public static function workbook(string $format, string $filename): funder_report_xlsx|funder_report_ods {
        $class = self::FORMATS[$format] ?? null;
        if ($class === null) {
            throw new \moodle_exception('funderreport_error_format', 'local_digitalstrategy', '', $format);
        }
        return new $class(clean_filename($filename . '.' . $format));
    }

    /**
     * The name of the file, e.g. "Foerderbericht-2026-12-07".
     *
     * @param int $now
     * @return string without extension
     */
    public static function filename(int $now): string {
        return clean_filename(get_string('funderreport_filename', 'local_digitalstrategy') . '-'
            . userdate($now, '%Y-%m-%d', 99, false, false));
    }

    /**
     * Writes the report into a workbook.
     *
     * @param \MoodleExcelWorkbook|\MoodleODSWorkbook $workbook an empty workbook (see workbook())
     * @param int|null $periodindex the half-year reported, null for the whole programme
     * @param int $now the moment the numbers are computed for (the dashboard's "now")
     * @param string $author who generates it (plain text)
     * @return timeline the timeline written (what the dashboard shows at $now)
     * @throws \moodle_exception error_periodoutside for a half-year outside the programme
     */
    public function write(
        \MoodleExcelWorkbook|\MoodleODSWorkbook $workbook,
        ?int $periodindex,
        int $now,
        string $author
    ): timeline {
        $timeline = $this->timelines->build($now, $periodindex === null ? null : [$periodindex]);
        $periods = $timeline->periods;
        $this->formats = [
            'title' => $workbook->add_format(['bold' => 1, 'size' => 14]),
            'label' => $workbook->add_format(['bold' => 1]),
            'header' => $workbook->add_format(['bold' => 1, 'bg_color' => '#D9D9D9', 'text_wrap' => 1]),
        ];
        foreach (self::AMPEL_COLOURS as $colour => [$background, $text]) {
            $this->formats['ampel_' . $colour] = $workbook->add_format(['bg_color' => $background, 'color' => $text, 'bold' => 1]);
        }
        $this->cover($workbook->add_worksheet(self::str('sheet_cover')), $periodindex, $now, $author);
        $this->timeline($workbook->add_worksheet(self::str('sheet_timeline')), $timeline);
        $this->attendance($workbook->add_worksheet(self::str('sheet_attendance')), $periods);
        $this->surveys($workbook->add_worksheet(self::str('sheet_surveys')), $periods);
        $this->feedback($workbook->add_worksheet(self::str('sheet_feedback')), $periods);
        $this->docaccess($workbook->add_worksheet(self::str('sheet_docaccess')), $periods);
        return $timeline;
    }

    /**
     * The cover sheet: programme, half-year reported, when and by whom generated, the sheets.
     *
     * @param \MoodleExcelWorksheet|\MoodleODSWorksheet $sheet
     * @param int|null $periodindex
     * @param int $now
     * @param string $author
     */
    private function cover(\MoodleExcelWorksheet|\MoodleODSWorksheet $sheet, ?int $periodindex, int $now, string $author): void {
        $periods = $this->programme->periods();
        $first = reset($periods);
        $last = end($periods);
        $sheet->set_column(0, 0, 28);
        $sheet->set_column(1, 1, 60);
        $this->put($sheet, 0, 0, self::str('title'), 'title');
        $rows = [
            'site' => format_string(get_site()->fullname, true, ['context' => \context_system::instance(), 'escape' => false]),
            'programme' => self::str('programme_span', (object) [
                'first' => $first->label(),
                'last' => $last->label(),
                'count' => count($periods),
            ]),
            'period' => $periodindex === null ? self::str('period_all') : $this->programme->period($periodindex)->label(),
            'generatedat' => userdate($now, get_string('strftimedatetime', 'langconfig')),
            'generatedby' => $author,
        ];
        $row = 2;
        foreach ($rows as $key => $value) {
            $this->put($sheet, $row, 0, self::str('cover_' . $key), 'label');
            $this->put($sheet, $row++, 1, $value);
        }
        $row++;
        $this->put($sheet, $row++, 0, self::str('cover_contents'), 'label');
        foreach (['timeline', 'attendance', 'surveys', 'feedback', 'docaccess'] as $key) {
            $this->put($sheet, $row, 0, self::str('sheet_' . $key));
            $this->put($sheet, $row++, 1, self::str('sheet_' . $key . '_desc'));
        }
        $row++;
        $this->put($sheet, $row, 0, self::str('cover_note'));
    }

    /**
     * The indicator timeline in the plan's shape: one row per indicator, per half-year its target,
     * actual value and Ampel (the colour as fill and in words).
     *
     * @param \MoodleExcelWorksheet|\MoodleODSWorksheet $sheet
     * @param timeline $timeline
     */
    private function timeline(\MoodleExcelWorksheet|\MoodleODSWorksheet $sheet, timeline $timeline): void {
        $headers = [self::str('col_indicator'), self::str('col_unit'), self::str('col_direction')];
        foreach ($timeline->periods as $period) {
            foreach (['target', 'actual', 'ampel'] as $what) {
                $headers[] = self::str('col_period_' . $what, $period->short_label());
            }
        }
        $this->headers($sheet, $headers);
        $sheet->set_column(0, 0, 42);
        $sheet->set_column(1, 2, 12);
        $sheet->set_column(3, 2 + 3 * count($timeline->periods), 12);
        $row = 1;
        foreach ($timeline->rows as $timelinerow) {
            $indicator = $timelinerow->indicator;
            $this->put($sheet, $row, 0, $indicator->display_name());
            $this->put($sheet, $row, 1, self::str('unit_' . $indicator->unit));
            $this->put($sheet, $row, 2, self::str('direction_' . $indicator->direction));
            $col = 3;
            foreach ($timeline->periods as $index => $period) {
                $cell = $timelinerow->cells[$index];
                $this->put($sheet, $row, $col++, self::target_value($indicator, $cell->target));
                $actual = $cell->sourcemissing ? self::str('sourcemissing') : self::actual_value($cell->actual);
                $this->put($sheet, $row, $col++, $actual);
                $colour = $cell->ampel->colour;
                $this->put(
                    $sheet,
                    $row,
                    $col++,
                    $colour === 'none' ? '' : self::str('ampel_' . $colour),
                    isset(self::AMPEL_COLOURS[$colour]) ? 'ampel_' . $colour : null
                );
            }
            $row++;
        }
        $row++;
        foreach (array_keys(self::AMPEL_COLOURS) as $colour) {
            $this->put($sheet, $row, 0, self::str('legend_' . $colour), 'ampel_' . $colour);
            $row++;
        }
    }

    /**
     * Participants per session and organisation.
     *
     * @param \MoodleExcelWorksheet|\MoodleODSWorksheet $sheet
     * @param array<int, period> $periods
     */
    private function attendance(\MoodleExcelWorksheet|\MoodleODSWorksheet $sheet, array $periods): void {
        $this->headers($sheet, array_map(fn($key) => self::str('col_' . $key), [
            'period', 'course', 'circle', 'session', 'sessiondate', 'organisation', 'participants',
        ]));
        $sheet->set_column(0, 0, 14);
        $sheet->set_column(1, 5, 28);
        $sheet->set_column(6, 6, 14);
        $noorg = self::str('noorganisation');
        $format = get_string('strftimedatetimeshort', 'langconfig');
        $row = 1;
        foreach ($this->records->attendance(array_values($periods)) as $record) {
            $this->put_row($sheet, $row++, [
                $periods[$record['period']]->short_label(),
                $record['course'],
                $record['circle'],
                $record['session'],
                userdate($record['timestart'], $format),
                $record['organisation'] !== '' ? $record['organisation'] : $noorg,
                $record['participants'],
            ]);
        }
        if ($row === 1) {
            $this->put($sheet, $row, 0, self::str('none'));
        }
    }

    /**
     * Survey campaigns with invited, responded and the participation rate.
     *
     * @param \MoodleExcelWorksheet|\MoodleODSWorksheet $sheet
     * @param array<int, period> $periods
     */
    private function surveys(\MoodleExcelWorksheet|\MoodleODSWorksheet $sheet, array $periods): void {
        $this->headers($sheet, array_map(fn($key) => self::str('col_' . $key), [
            'period', 'campaign', 'status', 'opened', 'closes', 'invited', 'responded', 'participation', 'participationtarget',
        ]));
        $sheet->set_column(0, 0, 14);
        $sheet->set_column(1, 1, 36);
        $sheet->set_column(2, 8, 14);
        $format = get_string('strftimedate', 'langconfig');
        $row = 1;
        foreach ($this->records->surveys(array_values($periods)) as $record) {
            $this->put_row($sheet, $row++, [
                $periods[$record['period']]->short_label(),
                $record['name'],
                get_string('campaign_status_' . $record['status'], 'local_digitalstrategy'),
                userdate($record['timeopen'], $format),
                $record['timeclose'] ? userdate($record['timeclose'], $format) : '',
                $record['invited'],
                $record['responded'],
                $record['percent'],
                $record['target'],
            ]);
        }
        if ($row === 1) {
            $this->put($sheet, $row, 0, self::str('none'));
        }
    }

    /**
     * Feedback campaigns with their responses and mean rating.
     *
     * @param \MoodleExcelWorksheet|\MoodleODSWorksheet $sheet
     * @param array<int, period> $periods
     */
    private function feedback(\MoodleExcelWorksheet|\MoodleODSWorksheet $sheet, array $periods): void {
        $this->headers($sheet, array_map(fn($key) => self::str('col_' . $key), [
            'period', 'campaign', 'eventdate', 'responses', 'mean',
        ]));
        $sheet->set_column(0, 0, 14);
        $sheet->set_column(1, 1, 36);
        $sheet->set_column(2, 3, 14);
        $sheet->set_column(4, 4, 40);
        $format = get_string('strftimedate', 'langconfig');
        $hidden = self::str('meanhidden', \local_digitalstrategy\local\campaign\campaign::MIN_FEEDBACK_RESPONSES);
        $row = 1;
        foreach ($this->records->feedback(array_values($periods)) as $record) {
            $this->put_row($sheet, $row++, [
                $periods[$record['period']]->short_label(),
                $record['name'],
                userdate($record['eventdate'], $format),
                $record['responses'],
                $record['mean'] === null ? $hidden : round($record['mean'], 2),
            ]);
        }
        if ($row === 1) {
            $this->put($sheet, $row, 0, self::str('none'));
        }
    }

    /**
     * Views, downloads and users per organisation and resource type (groups below k left out by
     * the repository).
     *
     * @param \MoodleExcelWorksheet|\MoodleODSWorksheet $sheet
     * @param array<int, period> $periods
     */
    private function docaccess(\MoodleExcelWorksheet|\MoodleODSWorksheet $sheet, array $periods): void {
        $this->headers($sheet, array_map(fn($key) => self::str('col_' . $key), [
            'period', 'organisation', 'resourcetype', 'views', 'downloads', 'users',
        ]));
        $sheet->set_column(0, 0, 14);
        $sheet->set_column(1, 2, 32);
        $sheet->set_column(3, 5, 14);
        $noorg = self::str('noorganisation');
        $row = 1;
        foreach ($periods as $index => $period) {
            foreach ($this->docaccess->per_organisation($index) as $record) {
                $record = (array) $record;
                $this->put_row($sheet, $row++, [
                    $period->short_label(),
                    (int) $record['orgid'] === 0 ? $noorg : (string) $record['orgname'],
                    self::module_name((string) $record['modname']),
                    (int) $record['views'],
                    (int) $record['downloads'],
                    (int) $record['users'],
                ]);
            }
        }
        if ($row === 1) {
            $this->put($sheet, $row++, 0, self::str('none'));
        }
        // All users, with those of no organisation, and the organisations reached: per half-year.
        $row++;
        $this->put($sheet, $row++, 0, self::str('docaccess_totals'), 'label');
        foreach (['period', 'views', 'downloads', 'users', 'organisations'] as $col => $key) {
            $this->put($sheet, $row, $col, self::str('col_' . $key), 'header');
        }
        $row++;
        foreach ($this->docaccess->totals(array_keys($periods)) as $index => $total) {
            $total = (array) $total;
            $this->put_row($sheet, $row++, [
                $periods[$index]->short_label(),
                (int) $total['views'],
                (int) $total['downloads'],
                (int) $total['users'],
                (int) $total['organisations'],
            ]);
        }
        $this->put($sheet, $row + 1, 0, self::str('docaccess_note'));
    }

    /**
     * The target of a cell as written: a number, the band of a range as text, or empty.
     *
     * @param indicator $indicator
     * @param target|null $target
     * @return float|string
     */
    public static function target_value(indicator $indicator, ?target $target): float|string {
        if ($target === null) {
            return '';
        }
        if ($indicator->direction === 'range') {
            return ampel_rule::number($target->target) . '–' . ampel_rule::number($target->targethigh ?? $target->target);
        }
        return round($target->target, 2);
    }

    /**
     * The actual value of a cell as written: rounded to two decimals as the dashboard stores it, or empty.
     *
     * @param float|null $actual
     * @return float|string
     */
    public static function actual_value(?float $actual): float|string {
        return $actual === null ? '' : round($actual, 2);
    }

    /**
     * The name of a resource type (an activity module), in the user's language.
     *
     * @param string $modname
     * @return string
     */
    private static function module_name(string $modname): string {
        return get_string_manager()->string_exists('modulename', $modname) ? get_string('modulename', $modname) : $modname;
    }

    /**
     * The header row.
     *
     * @param \MoodleExcelWorksheet|\MoodleODSWorksheet $sheet
     * @param string[] $headers
     */
    private function headers(\MoodleExcelWorksheet|\MoodleODSWorksheet $sheet, array $headers): void {
        foreach (array_values($headers) as $col => $header) {
            $this->put($sheet, 0, $col, $header, 'header');
        }
    }

    /**
     * One row of values from the first column on.
     *
     * @param \MoodleExcelWorksheet|\MoodleODSWorksheet $sheet
     * @param int $row
     * @param array $values
     */
    private function put_row(\MoodleExcelWorksheet|\MoodleODSWorksheet $sheet, int $row, array $values): void {
        foreach (array_values($values) as $col => $value) {
            $this->put($sheet, $row, $col, $value);
        }
    }

    /**
     * One cell: a number as a numeric cell, text made safe against formulas, nothing for ''.
     *
     * @param \MoodleExcelWorksheet|\MoodleODSWorksheet $sheet
     * @param int $row
     * @param int $col
     * @param int|float|string $value
     * @param string|null $format key of a format of this workbook
     */
    private function put(
        \MoodleExcelWorksheet|\MoodleODSWorksheet $sheet,
        int $row,
        int $col,
        int|float|string $value,
        ?string $format = null
    ): void {
        $style = $format === null ? null : $this->formats[$format];
        if (is_int($value) || is_float($value)) {
            $sheet->write_number($row, $col, $value, $style);
        } else if ($value !== '') {
            $sheet->write_string($row, $col, cell::text($value), $style);
        } else if ($style !== null) {
            $sheet->write_blank($row, $col, $style);
        }
    }

    /**
     * A string of the report.
     *
     * @param string $key without the prefix funderreport_
     * @param mixed $a
     * @return string
     */
    private static function str(string $key, mixed $a = null): string {
        return get_string('funderreport_' . $key, 'local_digitalstrategy', $a);
    }
}
