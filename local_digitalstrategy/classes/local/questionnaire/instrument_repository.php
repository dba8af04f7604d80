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

use local_digitalstrategy\local\cache\instrument_cache;
use local_digitalstrategy\local\settings;
use moodle_exception;

/**
 * Stores instruments (one row per version, the validated document whole) and finds them.
 *
 * Answers stay tied to the version they were given for: a changed instrument is imported as a
 * new version, and new runs use the newest version of its idnumber. The instruments that ship
 * with the plugin (db/instruments/*.json) are installed at installation and at every upgrade,
 * so a new version of a shipped file arrives with the plugin update that brings it.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class instrument_repository {
    /** @var string Table of instruments. */
    public const TABLE = 'local_digitalstrategy_instr';

    /**
     * Creates the repository.
     *
     * @param \moodle_database $db
     * @param \core\clock $clock
     * @param instrument_cache $cache documents by id
     * @param settings $settings which instrument is the check
     */
    public function __construct(
        /** @var \moodle_database */
        private readonly \moodle_database $db,
        /** @var \core\clock */
        private readonly \core\clock $clock,
        /** @var instrument_cache */
        private readonly instrument_cache $cache,
        /** @var settings */
        private readonly settings $settings,
    ) {
    }

    /**
     * The folder of the instrument files that ship with the plugin.
     *
     * @return string
     */
    public static function shipped_folder(): string {
        return dirname(__DIR__, 3) . '/db/instruments';
    }

    /**
     * Installs the versions of the shipped instruments that are not stored yet: every *.json
     * file directly in the folder except the schema. Versions stored before stay, with their runs;
     * a file whose version is stored already is left alone (a changed file needs a raised version).
     *
     * @param int $userid who installs them (0 during installation and upgrade)
     * @param string|null $folder the folder to install from, shipped_folder() when null
     * @return int[] ids of the instrument versions installed now
     * @throws invalid_instrument when a shipped file is not valid
     */
    public function install_shipped(int $userid = 0, ?string $folder = null): array {
        $files = glob(($folder ?? self::shipped_folder()) . '/*.json') ?: [];
        sort($files);
        $ids = [];
        foreach ($files as $file) {
            if (basename($file) === 'schema.json') {
                continue;
            }
            $json = (string) file_get_contents($file);
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
        $instrument = instrument::from_json($json);
        $existing = $this->find_version($instrument->get_idnumber(), $instrument->get_version());
        if ($existing) {
            $stored = $this->load($existing);
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
        $id = (int) $this->db->insert_record(self::TABLE, (object) [
            'idnumber' => $instrument->get_idnumber(),
            'version' => $instrument->get_version(),
            'kind' => $instrument->get_kind(),
            'document' => $instrument->to_json(),
            'timecreated' => $this->clock->time(),
            'usermodified' => $userid,
        ]);
        $this->cache->set($id, $instrument->to_array());
        return ['id' => $id, 'instrument' => $instrument, 'created' => true];
    }

    /**
     * Loads an instrument version by id (from the cache when it holds it).
     *
     * @param int $id
     * @return instrument
     * @throws moodle_exception instrumentnotfound
     */
    public function get(int $id): instrument {
        $document = $this->cache->get($id);
        if ($document !== null) {
            return instrument::from_stored($document);
        }
        $record = $this->db->get_record(self::TABLE, ['id' => $id]);
        if (!$record) {
            throw new moodle_exception('instrumentnotfound', 'local_digitalstrategy');
        }
        return $this->load($record);
    }

    /**
     * The newest version of an instrument.
     *
     * @param string $idnumber
     * @return array{id: int, instrument: instrument}|null
     */
    public function get_current(string $idnumber): ?array {
        $records = $this->db->get_records(self::TABLE, ['idnumber' => $idnumber], 'version DESC', 'id', 0, 1);
        if (!$records) {
            return null;
        }
        $id = (int) reset($records)->id;
        return ['id' => $id, 'instrument' => $this->get($id)];
    }

    /**
     * The newest version of the check organisations take (setting checkinstrument, default digicheck).
     *
     * @return array{id: int, instrument: instrument}|null
     */
    public function get_current_check(): ?array {
        return $this->get_current($this->settings->check_idnumber());
    }

    /**
     * Every stored instrument version with the number of runs that use it, newest first per idnumber.
     *
     * @return \stdClass[] id, idnumber, version, kind, timecreated, runs
     */
    public function list_versions(): array {
        return array_values($this->db->get_records_sql(
            'SELECT i.id, i.idnumber, i.version, i.kind, i.timecreated, COUNT(r.id) AS runs
               FROM {' . self::TABLE . '} i
          LEFT JOIN {' . run::TABLE . '} r ON r.instrumentid = i.id
           GROUP BY i.id, i.idnumber, i.version, i.kind, i.timecreated
           ORDER BY i.idnumber, i.version DESC'
        ));
    }

    /**
     * The record of one version.
     *
     * @param string $idnumber
     * @param int $version
     * @return \stdClass|null
     */
    private function find_version(string $idnumber, int $version): ?\stdClass {
        return $this->db->get_record(self::TABLE, ['idnumber' => $idnumber, 'version' => $version]) ?: null;
    }

    /**
     * Builds the instrument of a stored record and keeps its document in the cache.
     *
     * @param \stdClass $record
     * @return instrument
     */
    private function load(\stdClass $record): instrument {
        $instrument = instrument::from_json($record->document);
        $this->cache->set((int) $record->id, $instrument->to_array());
        return $instrument;
    }
}
