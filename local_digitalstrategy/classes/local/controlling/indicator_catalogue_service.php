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

use local_digitalstrategy\event\indicator_updated;

/**
 * The indicator catalogue as the project team edits it: checks an indicator's definition (name,
 * unit, direction, tolerance, source and its options) and its targets per half-year, stores them
 * together and logs the change. A source whose class is gone (e.g. after an upgrade) is named as
 * missing; an indicator keeps it until someone chooses another, so nothing is lost on the way.
 *
 * Form data (array): idnumber (new indicators only), name, unit, direction, source, config (JSON
 * text), tolerance, and per half-year index N target_N and targethigh_N (numbers as typed, '' for
 * no target).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class indicator_catalogue_service {
    /**
     * Creates the service.
     *
     * @param indicator_repository $indicators
     * @param source_registry $sources
     * @param programme $programme
     * @param \moodle_database $db
     */
    public function __construct(
        /** @var indicator_repository */
        private readonly indicator_repository $indicators,
        /** @var source_registry */
        private readonly source_registry $sources,
        /** @var programme */
        private readonly programme $programme,
        /** @var \moodle_database */
        private readonly \moodle_database $db,
    ) {
    }

    /**
     * Whether the indicator's source class exists.
     *
     * @param indicator $indicator
     * @return bool
     */
    public function source_missing(indicator $indicator): bool {
        return $this->sources->get($indicator->source) === null;
    }

    /**
     * The name of a source in the user's language (its key when it has no name).
     *
     * @param string $key
     * @return string plain text
     */
    public static function source_name(string $key): string {
        $string = 'source_' . $key;
        return get_string_manager()->string_exists($string, 'local_digitalstrategy')
            ? get_string($string, 'local_digitalstrategy') : $key;
    }

    /**
     * The sources to choose from: every source there is, and the indicator's own one when it is
     * missing, marked so.
     *
     * @param indicator|null $current the indicator being edited
     * @return array<string, string> key => name
     */
    public function source_options(?indicator $current): array {
        $options = [];
        foreach ($this->sources->keys() as $key) {
            $options[$key] = self::source_name($key);
        }
        if ($current && !isset($options[$current->source])) {
            $options[$current->source] = get_string('indicatoredit_sourcemissing', 'local_digitalstrategy', $current->source);
        }
        return $options;
    }

    /**
     * The form's values of an indicator with its targets.
     *
     * @param indicator $indicator
     * @return array
     */
    public function form_values(indicator $indicator): array {
        $values = [
            'id' => $indicator->id,
            'idnumber' => $indicator->idnumber,
            'name' => $indicator->name,
            'unit' => $indicator->unit,
            'direction' => $indicator->direction,
            'source' => $indicator->source,
            'config' => $indicator->config ? json_encode($indicator->config, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES) : '',
            'tolerance' => format_float($indicator->tolerance, -1, true, true),
        ];
        $targets = $this->indicators->targets()[$indicator->id] ?? [];
        foreach ($this->programme->periods() as $index => $period) {
            $target = $targets[$index] ?? null;
            $values['target_' . $index] = $target ? format_float($target->target, -1, true, true) : '';
            $values['targethigh_' . $index] = $target && $target->targethigh !== null
                ? format_float($target->targethigh, -1, true, true) : '';
        }
        return $values;
    }

    /**
     * What is wrong with the data, in the user's language.
     *
     * @param array $data form data
     * @param indicator|null $current the indicator being edited, null for a new one
     * @return array<string, string> field => message
     */
    public function validate(array $data, ?indicator $current): array {
        $c = 'local_digitalstrategy';
        $errors = [];
        if (!$current) {
            $idnumber = trim((string) ($data['idnumber'] ?? ''));
            if (!preg_match('/^[a-z][a-z0-9_]{0,39}$/', $idnumber)) {
                $errors['idnumber'] = get_string('indicatoredit_error_idnumber', $c);
            } else if ($this->indicators->get_by_idnumber($idnumber)) {
                $errors['idnumber'] = get_string('indicatoredit_error_idnumbertaken', $c);
            }
        }
        $name = trim((string) ($data['name'] ?? ''));
        if ($name === '' && !($current && $current->shipped)) {
            $errors['name'] = get_string('indicatoredit_error_name', $c);
        } else if (\core_text::strlen($name) > 255) {
            $errors['name'] = get_string('indicatoredit_error_namelength', $c);
        }
        $unit = (string) ($data['unit'] ?? '');
        if (!in_array($unit, indicator::UNITS, true)) {
            $errors['unit'] = get_string('indicatoredit_error_unit', $c);
        }
        $direction = (string) ($data['direction'] ?? '');
        if (!in_array($direction, indicator::DIRECTIONS, true)) {
            $errors['direction'] = get_string('indicatoredit_error_direction', $c);
        }
        $source = (string) ($data['source'] ?? '');
        $unchanged = $current && $current->source === $source;
        if (!$unchanged && $this->sources->get($source) === null) {
            $errors['source'] = get_string('indicatoredit_error_source', $c);
        }
        if (self::parse_config((string) ($data['config'] ?? '')) === null) {
            $errors['config'] = get_string('indicatoredit_error_config', $c);
        }
        $tolerance = manual_value_service::parse_number((string) ($data['tolerance'] ?? ''));
        if ($tolerance === null || $tolerance < 0 || $tolerance > 9999999999.99) {
            $errors['tolerance'] = get_string('indicatoredit_error_tolerance', $c);
        }
        foreach (array_keys($this->programme->periods()) as $index) {
            $raw = trim((string) ($data['target_' . $index] ?? ''));
            $rawhigh = trim((string) ($data['targethigh_' . $index] ?? ''));
            $low = manual_value_service::parse_number($raw);
            $high = manual_value_service::parse_number($rawhigh);
            if ($raw !== '' && ($low === null || abs($low) > 9999999999.99)) {
                $errors['target_' . $index] = get_string('indicatoredit_error_target', $c);
            } else if ($direction === 'range' && $raw !== '' && ($rawhigh === '' || $high === null)) {
                $errors['targethigh_' . $index] = get_string('indicatoredit_error_targethigh', $c);
            } else if ($direction === 'range' && $raw === '' && $rawhigh !== '') {
                $errors['target_' . $index] = get_string('indicatoredit_error_targetlow', $c);
            } else if ($direction === 'range' && $low !== null && $high !== null && $high < $low) {
                $errors['targethigh_' . $index] = get_string('indicatoredit_error_targetorder', $c);
            } else if (
                $low !== null && in_array($unit, ['percent', 'score'], true)
                    && ($low < 0 || $low > 100 || ($direction === 'range' && $high !== null && $high > 100))
            ) {
                $errors['target_' . $index] = get_string('indicatoredit_error_target' . $unit, $c);
            }
        }
        return $errors;
    }

    /**
     * The source options typed as JSON: an object, or nothing.
     *
     * @param string $json
     * @return array|null the options; null when the text is not a JSON object
     */
    public static function parse_config(string $json): ?array {
        $json = trim($json);
        if ($json === '') {
            return [];
        }
        $decoded = json_decode($json);
        if (!$decoded instanceof \stdClass) {
            return null;
        }
        return (array) json_decode($json, true);
    }

    /**
     * Stores a new or changed indicator with its targets (all or nothing) and logs it.
     *
     * @param array $data form data, already validated
     * @param indicator|null $current the indicator being edited, null for a new one
     * @param int $userid who saves
     * @return indicator as stored
     * @throws \moodle_exception when the data does not validate
     */
    public function save(array $data, ?indicator $current, int $userid): indicator {
        $errors = $this->validate($data, $current);
        if ($errors) {
            throw new \moodle_exception('indicatoredit_error_invalid', 'local_digitalstrategy', '', implode(' ', $errors));
        }
        $direction = (string) $data['direction'];
        $record = (object) [
            'name' => trim((string) ($data['name'] ?? '')),
            'unit' => (string) $data['unit'],
            'direction' => $direction,
            'source' => (string) $data['source'],
            'config' => self::parse_config((string) ($data['config'] ?? '')),
            'tolerance' => round((float) manual_value_service::parse_number((string) $data['tolerance']), 2),
        ];
        $transaction = $this->db->start_delegated_transaction();
        if ($current) {
            $record->id = $current->id;
            $this->indicators->update($record, $userid);
            $id = $current->id;
        } else {
            $record->idnumber = trim((string) $data['idnumber']);
            $id = $this->indicators->insert($record, $userid)->id;
        }
        foreach (array_keys($this->programme->periods()) as $index) {
            $low = manual_value_service::parse_number((string) ($data['target_' . $index] ?? ''));
            $high = $direction === 'range'
                ? manual_value_service::parse_number((string) ($data['targethigh_' . $index] ?? '')) : null;
            $this->indicators->set_target(
                $id,
                $index,
                $low === null ? null : round($low, 2),
                $high === null ? null : round($high, 2)
            );
        }
        $transaction->allow_commit();
        $indicator = $this->indicators->get($id);
        indicator_updated::create([
            'context' => \context_system::instance(),
            'objectid' => $indicator->id,
            'userid' => $userid,
            'other' => ['idnumber' => $indicator->idnumber, 'created' => $current === null, 'source' => $indicator->source],
        ])->trigger();
        return $indicator;
    }
}
