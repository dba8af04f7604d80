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

namespace local_digitalstrategy\local\campaign;

/**
 * Which responses of a campaign a results view counts: all, or those of one field of work
 * (response.fieldofwork) and/or of pilot or non-pilot organisations (response.pilot).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class results_filter {
    /**
     * Creates a filter.
     *
     * @param string $fieldofwork a field of work key, '' for all
     * @param int|null $pilot 1 pilot organisations only, 0 the others only, null all
     */
    public function __construct(
        /** @var string a field of work key, '' for all */
        public readonly string $fieldofwork = '',
        /** @var int|null 1 pilot only, 0 non-pilot only, null all */
        public readonly ?int $pilot = null,
    ) {
    }

    /**
     * Whether the filter lets every response through.
     *
     * @return bool
     */
    public function is_empty(): bool {
        return $this->fieldofwork === '' && $this->pilot === null;
    }

    /**
     * Whether a group of responses (one field of work, pilot or not) passes the filter.
     *
     * @param string $fieldofwork
     * @param int $pilot
     * @return bool
     */
    public function matches(string $fieldofwork, int $pilot): bool {
        return ($this->fieldofwork === '' || $this->fieldofwork === $fieldofwork)
            && ($this->pilot === null || $this->pilot === $pilot);
    }

    /**
     * The SQL condition on the response table (alias r) and its parameters.
     *
     * @return array{0: string, 1: array<string, mixed>} '' when the filter is empty
     */
    public function sql(): array {
        $where = [];
        $params = [];
        if ($this->fieldofwork !== '') {
            $where[] = 'r.fieldofwork = :filterfieldofwork';
            $params['filterfieldofwork'] = $this->fieldofwork;
        }
        if ($this->pilot !== null) {
            $where[] = 'r.pilot = :filterpilot';
            $params['filterpilot'] = $this->pilot;
        }
        return [$where ? ' AND ' . implode(' AND ', $where) : '', $params];
    }

    /**
     * The filter as URL parameters.
     *
     * @return array<string, string|int>
     */
    public function params(): array {
        return array_filter(
            ['fieldofwork' => $this->fieldofwork, 'pilot' => $this->pilot === null ? '' : $this->pilot],
            fn($value) => $value !== ''
        );
    }
}
