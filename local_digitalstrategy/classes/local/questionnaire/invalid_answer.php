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

/**
 * Thrown when a proposed answer does not fit its item (out of range, unknown option, ...).
 *
 * The code names a language string "answererror_<code>" of local_digitalstrategy; params fill it.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class invalid_answer extends \InvalidArgumentException {
    /**
     * Creates the exception.
     *
     * @param string $errorcode one of answer_validator::ERRORS
     * @param string $itemkey the item the answer was for
     * @param array<string, scalar> $params values for the language string
     */
    public function __construct(
        /** @var string one of answer_validator::ERRORS */
        public readonly string $errorcode,
        /** @var string the item the answer was for */
        public readonly string $itemkey,
        /** @var array<string, scalar> values for the language string */
        public readonly array $params = [],
    ) {
        parent::__construct(sprintf('Invalid answer for item "%s": %s', $itemkey, $errorcode));
    }
}
