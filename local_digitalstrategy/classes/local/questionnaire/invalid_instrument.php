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

use local_digitalstrategy\local\plural;

/**
 * Thrown when an instrument document does not pass the instrument_validator.
 *
 * Carries the validator's error list so callers can show each error as a language string.
 *
 * @package    local_digitalstrategy
 * @copyright  2025 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class invalid_instrument extends \InvalidArgumentException {
    /** @var array<int, array{path: string, code: string, params: array<string, scalar>}> */
    private array $errors;

    /**
     * Creates the exception from the validator's errors.
     *
     * @param array<int, array{path: string, code: string, params: array<string, scalar>}> $errors at least one error
     */
    public function __construct(array $errors) {
        $this->errors = array_values($errors);
        $first = $this->errors[0] ?? ['path' => '', 'code' => 'unknown'];
        $more = count($this->errors) > 1 ? sprintf(' (and %d more)', count($this->errors) - 1) : '';
        parent::__construct(sprintf('Invalid instrument: %s at "%s"%s', $first['code'], $first['path'], $more));
    }

    /**
     * The validation errors, in the order the validator found them.
     *
     * @return array<int, array{path: string, code: string, params: array<string, scalar>}>
     */
    public function get_errors(): array {
        return $this->errors;
    }

    /**
     * The message for one error: the language string "instrumenterror_<code>"; the codes that count
     * entries (minitems, maxitems) have a singular and a plural form.
     *
     * @param array{path: string, code: string, params: array<string, scalar>} $error one of get_errors()
     * @return string
     */
    public static function message(array $error): string {
        $identifier = 'instrumenterror_' . $error['code'];
        $params = (object) $error['params'];
        $counted = ['minitems' => 'min', 'maxitems' => 'max'];
        $count = isset($counted[$error['code']]) ? $error['params'][$counted[$error['code']]] : null;
        return $count === null
            ? get_string($identifier, 'local_digitalstrategy', $params)
            : plural::get_string($identifier, 'local_digitalstrategy', (int) $count, $params);
    }
}
