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

/**
 * Installs the default indicator catalogue (db/indicators.json): the programme plan's indicators
 * with their targets. Indicators already there (by idnumber) are left as the project team set them.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class indicator_catalogue {
    /**
     * Creates the installer.
     *
     * @param indicator_repository $indicators
     */
    public function __construct(
        /** @var indicator_repository */
        private readonly indicator_repository $indicators,
    ) {
    }

    /**
     * Adds the catalogue's indicators that are missing.
     *
     * @param string|null $file the catalogue, default db/indicators.json
     * @return string[] idnumbers added
     */
    public function install_defaults(?string $file = null): array {
        $file ??= __DIR__ . '/../../../db/indicators.json';
        $catalogue = json_decode((string) file_get_contents($file), true, 16, JSON_THROW_ON_ERROR);
        $added = [];
        foreach ($catalogue['indicators'] as $entry) {
            if ($this->indicators->get_by_idnumber($entry['idnumber']) !== null) {
                continue;
            }
            $indicator = $this->indicators->insert((object) [
                'idnumber' => $entry['idnumber'],
                'name' => '',
                'unit' => $entry['unit'],
                'direction' => $entry['direction'],
                'source' => $entry['source'],
                'config' => $entry['config'] ?? [],
                'tolerance' => (float) ($entry['tolerance'] ?? 0),
                'shipped' => 1,
            ]);
            foreach ($entry['targets'] ?? [] as $period => $target) {
                [$low, $high] = is_array($target) ? [(float) $target[0], (float) $target[1]] : [(float) $target, null];
                $this->indicators->set_target($indicator->id, (int) $period, $low, $high);
            }
            $added[] = $indicator->idnumber;
        }
        return $added;
    }
}
