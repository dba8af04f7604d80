<?php
// This file is part of Moodle - http://moodle.org/
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
// along with Moodle.  If not, see <http://www.gnu.org/licenses/>.

namespace mod_devcircle\local\bbb;

/**
 * Parses BigBlueButton's XML answers and checks their return code.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class xml_reader {
    /**
     * Parses an answer; a FAILED return code becomes a bbb_exception.
     *
     * @param string $body the HTTP body
     * @return \SimpleXMLElement the <response> element of a SUCCESS answer
     * @throws bbb_exception UNREACHABLE for anything that is not a BigBlueButton answer
     */
    public static function parse(string $body): \SimpleXMLElement {
        $previous = libxml_use_internal_errors(true);
        try {
            // No network access and no entity expansion while parsing what a remote server sent.
            $xml = simplexml_load_string($body, \SimpleXMLElement::class, LIBXML_NONET | LIBXML_NOCDATA | LIBXML_NOBLANKS);
        } finally {
            libxml_clear_errors();
            libxml_use_internal_errors($previous);
        }
        if (!$xml instanceof \SimpleXMLElement || $xml->getName() !== 'response' || !isset($xml->returncode)) {
            throw new bbb_exception(bbb_exception::UNREACHABLE, '', 'The answer is not a BigBlueButton XML response');
        }
        if ((string) $xml->returncode !== 'SUCCESS') {
            throw bbb_exception::from_failed_answer((string) $xml->messageKey, (string) $xml->message);
        }
        return $xml;
    }

    /**
     * Reads a boolean element ("true"/"false").
     *
     * @param \SimpleXMLElement|null $element the element, null when absent
     * @return bool
     */
    public static function bool(?\SimpleXMLElement $element): bool {
        return $element !== null && strtolower(trim((string) $element)) === 'true';
    }
}
