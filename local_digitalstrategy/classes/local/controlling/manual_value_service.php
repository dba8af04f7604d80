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

use local_digitalstrategy\event\indicator_value_added;

/**
 * Manual values of indicators with their evidence: checks what the project team enters (a number
 * that fits the indicator's unit, a half-year of the programme that has begun, evidence files of
 * an allowed type and size), stores the entry with its files and logs it. Entries are never
 * changed: a correction is a new entry, and the newest counts.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class manual_value_service {
    /** @var string component of the evidence files */
    public const COMPONENT = 'local_digitalstrategy';
    /** @var string file area of the evidence files (itemid = id of the entry, system context) */
    public const FILEAREA = 'evidence';
    /** @var int most evidence files per entry */
    public const MAXFILES = 5;
    /** @var int largest evidence file in bytes (10 MB, or less when the site allows less) */
    public const MAXBYTES = 10485760;
    /** @var string[] evidence file types: documents, spreadsheets, images (what proves a figure) */
    public const FILETYPES = ['.pdf', '.docx', '.doc', '.odt', '.xlsx', '.xls', '.ods', '.csv', '.txt', '.png', '.jpg',
        '.jpeg'];
    /** @var float largest amount the value column holds (number 12,2) */
    private const LIMIT = 9999999999.99;

    /**
     * Creates the service.
     *
     * @param manual_value_repository $values
     * @param programme $programme
     * @param \moodle_database $db
     * @param \core\clock $clock
     */
    public function __construct(
        /** @var manual_value_repository */
        private readonly manual_value_repository $values,
        /** @var programme */
        private readonly programme $programme,
        /** @var \moodle_database */
        private readonly \moodle_database $db,
        /** @var \core\clock */
        private readonly \core\clock $clock,
    ) {
    }

    /**
     * Whether the indicator takes manual values: those of the manual source. Any other source
     * computes its value from the platform, and a value entered by hand would not count.
     *
     * @param indicator $indicator
     * @return bool
     */
    public function takes_values(indicator $indicator): bool {
        return $indicator->source === 'manual';
    }

    /**
     * The half-year a value may be entered for.
     *
     * @param int $index
     * @return period
     * @throws \moodle_exception error_periodoutside outside the programme, manualvalue_error_future when it has not begun
     */
    public function period_for_entry(int $index): period {
        $period = $this->programme->period($index);
        if ($period->is_future($this->clock->time())) {
            throw new \moodle_exception('manualvalue_error_future', 'local_digitalstrategy', '', $period->label());
        }
        return $period;
    }

    /**
     * The half-years values may be entered for: those of the programme that have begun.
     *
     * @return array<int, period> index => period
     */
    public function entry_periods(): array {
        $now = $this->clock->time();
        return array_filter($this->programme->periods(), fn(period $period) => !$period->is_future($now));
    }

    /**
     * Reads a number as typed, with a decimal comma or point ("12,5" or "12.5"), whatever the
     * user's language. No thousands separators, no exponent.
     *
     * @param string $raw
     * @return float|null null when it is not a number
     */
    public static function parse_number(string $raw): ?float {
        $raw = trim($raw);
        if (!preg_match('/^[+-]?[0-9]{1,15}([.,][0-9]{1,15})?$/', $raw)) {
            return null;
        }
        return (float) str_replace(',', '.', $raw);
    }

    /**
     * What is wrong with a value for this indicator, in the user's language.
     *
     * @param indicator $indicator
     * @param string $raw the value as typed
     * @return string|null null when the value is fine
     */
    public function value_error(indicator $indicator, string $raw): ?string {
        $value = self::parse_number($raw);
        $c = 'local_digitalstrategy';
        if ($value === null) {
            return get_string('manualvalue_error_number', $c);
        }
        if (abs($value) > self::LIMIT) {
            return get_string('manualvalue_error_toolarge', $c);
        }
        if (abs(round($value, 2) - $value) > 1e-9) {
            return get_string('manualvalue_error_decimals', $c);
        }
        switch ($indicator->unit) {
            case 'count':
                if ($value < 0 || floor($value) !== $value) {
                    return get_string('manualvalue_error_count', $c);
                }
                break;
            case 'percent':
            case 'score':
                if ($value < 0 || $value > 100) {
                    return get_string('manualvalue_error_' . $indicator->unit, $c);
                }
                break;
        }
        return null;
    }

    /**
     * What is wrong with the evidence files in a draft area, in the user's language: too many,
     * too large, or of a type not allowed.
     *
     * @param int $draftitemid the draft area of the form
     * @param int $userid whose draft area it is
     * @return string|null null when the files are fine (or there are none)
     */
    public function evidence_error(int $draftitemid, int $userid): ?string {
        if ($draftitemid <= 0) {
            return null;
        }
        $files = get_file_storage()->get_area_files(
            \context_user::instance($userid)->id,
            'user',
            'draft',
            $draftitemid,
            'filename',
            false
        );
        $c = 'local_digitalstrategy';
        if (count($files) > self::MAXFILES) {
            return get_string('manualvalue_error_filecount', $c, self::MAXFILES);
        }
        $types = new \core_form\filetypes_util();
        $max = $this->max_bytes();
        foreach ($files as $file) {
            if ($file->get_filesize() > $max) {
                return get_string('manualvalue_error_filesize', $c, (object) [
                    'name' => $file->get_filename(), 'max' => display_size($max),
                ]);
            }
            if (!$types->is_allowed_file_type($file->get_filename(), self::FILETYPES)) {
                return get_string('manualvalue_error_filetype', $c, (object) [
                    'name' => $file->get_filename(), 'types' => implode(', ', self::FILETYPES),
                ]);
            }
        }
        return null;
    }

    /**
     * The largest evidence file the site takes.
     *
     * @return int bytes
     */
    public function max_bytes(): int {
        global $CFG;
        return (int) get_max_upload_file_size((int) ($CFG->maxbytes ?? 0), 0, self::MAXBYTES);
    }

    /**
     * Options of the evidence file manager.
     *
     * @return array
     */
    public function file_options(): array {
        global $CFG;
        require_once($CFG->dirroot . '/repository/lib.php');
        return [
            'subdirs' => 0,
            'maxfiles' => self::MAXFILES,
            'maxbytes' => $this->max_bytes(),
            'accepted_types' => self::FILETYPES,
            'return_types' => \FILE_INTERNAL,
        ];
    }

    /**
     * Stores an entry and moves its evidence files out of the draft area, all or nothing, and logs it.
     *
     * @param indicator $indicator
     * @param int $periodindex
     * @param string $raw the value as typed
     * @param string $comment where the value comes from
     * @param int $draftitemid the form's draft area of evidence files, 0 for none
     * @param int $userid who enters it (owner of the draft area)
     * @return int id of the entry
     * @throws \moodle_exception when the indicator takes no values, the half-year is wrong, or value or files are refused
     */
    public function add(indicator $indicator, int $periodindex, string $raw, string $comment, int $draftitemid, int $userid): int {
        if (!$this->takes_values($indicator)) {
            throw new \moodle_exception('manualvalue_error_notmanual', 'local_digitalstrategy', '', $indicator->display_name());
        }
        $period = $this->period_for_entry($periodindex);
        $error = $this->value_error($indicator, $raw) ?? $this->evidence_error($draftitemid, $userid);
        if ($error !== null) {
            throw new \moodle_exception('manualvalue_error_refused', 'local_digitalstrategy', '', $error);
        }
        $value = round((float) self::parse_number($raw), 2);
        $context = \context_system::instance();
        $transaction = $this->db->start_delegated_transaction();
        $id = $this->values->add($indicator->id, $period->index, $value, trim($comment), $userid);
        if ($draftitemid > 0) {
            file_save_draft_area_files($draftitemid, $context->id, self::COMPONENT, self::FILEAREA, $id, $this->file_options());
        }
        $transaction->allow_commit();
        $files = get_file_storage()->get_area_files($context->id, self::COMPONENT, self::FILEAREA, $id, 'id', false);
        indicator_value_added::create([
            'context' => $context,
            'objectid' => $id,
            'userid' => $userid,
            'other' => ['indicatorid' => $indicator->id, 'idnumber' => $indicator->idnumber, 'period' => $period->index,
                'value' => $value, 'files' => count($files)],
        ])->trigger();
        return $id;
    }

    /**
     * Every entry of an indicator in a half-year, newest first, with its evidence files.
     *
     * @param indicator $indicator
     * @param int $periodindex
     * @return array<int, array{entry: \stdClass, files: \stored_file[]}> newest first
     */
    public function history(indicator $indicator, int $periodindex): array {
        $entries = $this->values->history($indicator->id, $periodindex);
        if (!$entries) {
            return [];
        }
        $ids = array_map(fn($entry) => (int) $entry->id, $entries);
        $files = [];
        $all = get_file_storage()->get_area_files(
            \context_system::instance()->id,
            self::COMPONENT,
            self::FILEAREA,
            false,
            'itemid, filename',
            false
        );
        foreach ($all as $file) {
            if (in_array((int) $file->get_itemid(), $ids, true)) {
                $files[(int) $file->get_itemid()][] = $file;
            }
        }
        $result = [];
        foreach ($entries as $entry) {
            $result[] = ['entry' => $entry, 'files' => $files[(int) $entry->id] ?? []];
        }
        return $result;
    }
}
