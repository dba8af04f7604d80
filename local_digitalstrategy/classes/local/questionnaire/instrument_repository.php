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

use moodle_exception;

/**
 * Stores instruments (one row per version, the validated document whole) and finds them.
 *
 * Answers stay tied to the version they were given for: a changed instrument is imported as a
 * new version, and new runs use the newest version of its idnumber.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class instrument_repository {
    /** @var string Table of instruments. */
    public const TABLE = 'local_digitalstrategy_instr';
    /** @var string idnumber of the Digitalisierungscheck that ships with the plugin. */
    public const DEFAULT_CHECK = 'digicheck';
    /** @var string[] Instrument files installed with the plugin, under db/instruments. */
    private const DEFAULT_FILES = ['digitalisierungscheck.json'];

    /** @var array<int, instrument> Instruments already built in this request, by id. */
    private static array $loaded = [];

    /**
     * Installs (or adds a newer version of) the instruments that ship with the plugin.
     *
     * @param int $userid who installs them (0 during installation)
     * @return int[] ids of the instruments installed now
     */
    public function install_defaults(int $userid = 0): array {
        global $CFG;
        $ids = [];
        foreach (self::DEFAULT_FILES as $file) {
            $json = file_get_contents($CFG->dirroot . '/local/digitalstrategy/db/instruments/' . $file);
            $instrument = instrument::from_json($json);
            if (!$this->find_version($instrument->get_idnumber(), $instrument->get_version())) {
                $ids[] = $this->import($json, $userid)['id'];
            }
        }
        return $ids;
    }

    /**
     * Imports an instrument document as a new version.
     *
     * @param string $json the document
     * @param int $userid who imports it
     * @return array{id: int, instrument: instrument, created: bool} created is false when the very same
     *     document was imported before
     * @throws invalid_instrument when the document is not valid
     * @throws moodle_exception instrumentversionexists when that version exists with other content
     */
    public function import(string $json, int $userid): array {
        global $DB;
        $instrument = instrument::from_json($json);
        $existing = $this->find_version($instrument->get_idnumber(), $instrument->get_version());
        if ($existing) {
            $stored = self::load($existing);
            if ($stored->to_array() == $instrument->to_array()) {
                return ['id' => (int) $existing->id, 'instrument' => $stored, 'created' => false];
            }
            throw new moodle_exception(
                'instrumentversionexists',
                'local_digitalstrategy',
                '',
                ['idnumber' => $instrument->get_idnumber(), 'version' => $instrument->get_version()]
            );
        }
        $id = $DB->insert_record(self::TABLE, (object) [
            'idnumber' => $instrument->get_idnumber(),
            'version' => $instrument->get_version(),
            'kind' => $instrument->get_kind(),
            'document' => $instrument->to_json(),
            'timecreated' => time(),
            'usermodified' => $userid,
        ]);
        self::$loaded[(int) $id] = $instrument;
        return ['id' => (int) $id, 'instrument' => $instrument, 'created' => true];
    }

    /**
     * Loads an instrument by id.
     *
     * @param int $id
     * @return instrument
     * @throws moodle_exception instrumentnotfound
     */
    public function get(int $id): instrument {
        global $DB;
        if (isset(self::$loaded[$id])) {
            return self::$loaded[$id];
        }
        $record = $DB->get_record(self::TABLE, ['id' => $id]);
        if (!$record) {
            throw new moodle_exception('instrumentnotfound', 'local_digitalstrategy');
        }
        return self::load($record);
    }

    /**
     * The newest version of an instrument.
     *
     * @param string $idnumber
     * @return array{id: int, instrument: instrument}|null
     */
    public function get_current(string $idnumber): ?array {
        global $DB;
        $records = $DB->get_records(self::TABLE, ['idnumber' => $idnumber], 'version DESC', '*', 0, 1);
        if (!$records) {
            return null;
        }
        $record = reset($records);
        return ['id' => (int) $record->id, 'instrument' => self::load($record)];
    }

    /**
     * The newest version of the check organisations take (setting checkinstrument, default digicheck).
     *
     * @return array{id: int, instrument: instrument}|null
     */
    public function get_current_check(): ?array {
        return $this->get_current(self::check_idnumber());
    }

    /**
     * idnumber of the instrument used as the check.
     *
     * @return string
     */
    public static function check_idnumber(): string {
        return get_config('local_digitalstrategy', 'checkinstrument') ?: self::DEFAULT_CHECK;
    }

    /**
     * Every stored instrument version with the number of runs that use it, newest first per idnumber.
     *
     * @return \stdClass[] id, idnumber, version, kind, timecreated, runs
     */
    public function list_versions(): array {
        global $DB;
        return array_values($DB->get_records_sql(
            'SELECT i.id, i.idnumber, i.version, i.kind, i.timecreated, COUNT(r.id) AS runs
               FROM {' . self::TABLE . '} i
          LEFT JOIN {local_digitalstrategy_run} r ON r.instrumentid = i.id
           GROUP BY i.id, i.idnumber, i.version, i.kind, i.timecreated
           ORDER BY i.idnumber, i.version DESC'
        ));
    }

    /**
     * Forgets the instruments built in this request (tests).
     */
    public static function reset_caches(): void {
        self::$loaded = [];
    }

    /**
     * The record of one version.
     *
     * @param string $idnumber
     * @param int $version
     * @return \stdClass|null
     */
    private function find_version(string $idnumber, int $version): ?\stdClass {
        global $DB;
        return $DB->get_record(self::TABLE, ['idnumber' => $idnumber, 'version' => $version]) ?: null;
    }

    /**
     * Builds (once per request) the instrument of a record.
     *
     * @param \stdClass $record
     * @return instrument
     */
    private static function load(\stdClass $record): instrument {
        $id = (int) $record->id;
        return self::$loaded[$id] ??= instrument::from_json($record->document);
    }
}
