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
 * A questionnaire instrument (check, survey or feedback form): immutable, always valid.
 *
 * Built only from a document that passed the instrument_validator; see
 * db/instruments/schema.json for the format. Dimensions, items, levels and options are returned
 * as the arrays of the document (localised texts as ['de' => ..., 'en' => ...]); localise()
 * picks the text for a language.
 *
 * @package    local_digitalstrategy
 * @copyright  2025 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class instrument {
    /** @var array<string, mixed> The document as decoded from JSON (objects as arrays). */
    private array $document;

    /** @var array<string, array<string, mixed>> Dimensions by key, in document order. */
    private array $dimensions = [];

    /** @var array<string, array<string, mixed>> Items by key, in document order. */
    private array $items = [];

    /** @var array<string, string> Dimension key by item key. */
    private array $itemdimension = [];

    /**
     * Use from_json() or from_array().
     *
     * @param array<string, mixed> $document a validated document
     */
    private function __construct(array $document) {
        $this->document = $document;
        foreach ($document['dimensions'] as $dimension) {
            $this->dimensions[$dimension['key']] = $dimension;
            foreach ($dimension['items'] as $item) {
                $this->items[$item['key']] = $item;
                $this->itemdimension[$item['key']] = $dimension['key'];
            }
        }
    }

    /**
     * Builds an instrument from its JSON document.
     *
     * @param string $json
     * @return self
     * @throws invalid_instrument when the document is not valid
     */
    public static function from_json(string $json): self {
        $errors = (new instrument_validator())->validate($json);
        if ($errors) {
            throw new invalid_instrument($errors);
        }
        return new self(json_decode($json, true, 512, JSON_THROW_ON_ERROR));
    }

    /**
     * Builds an instrument from a document decoded as associative arrays (as to_array() returns).
     *
     * @param array<string, mixed> $document
     * @return self
     * @throws invalid_instrument when the document is not valid
     */
    public static function from_array(array $document): self {
        return self::from_json(self::encode($document));
    }

    /**
     * Rebuilds an instrument from a document this plugin validated when it stored it (the
     * instruments cache), without validating it again.
     *
     * @param array<string, mixed> $document as to_array() returned it
     * @return self
     */
    public static function from_stored(array $document): self {
        return new self($document);
    }

    /**
     * The document, for export; from_array(to_array()) gives an equal instrument.
     *
     * @return array<string, mixed>
     */
    public function to_array(): array {
        return $this->document;
    }

    /**
     * The document as pretty-printed JSON, for export; from_json(to_json()) gives an equal instrument.
     *
     * @return string
     */
    public function to_json(): string {
        return self::encode($this->document);
    }

    /**
     * Picks the translation for a language: the language itself, its parent (de for de_du),
     * then English, then German.
     *
     * @param array<string, string> $strings a localised text of the document
     * @param string $lang a Moodle language code
     * @return string
     */
    public static function localise(array $strings, string $lang): string {
        $candidates = [$lang];
        if (str_contains($lang, '_')) {
            $candidates[] = strstr($lang, '_', true);
        }
        array_push($candidates, 'en', 'de');
        foreach ($candidates as $candidate) {
            if (isset($strings[$candidate]) && $strings[$candidate] !== '') {
                return $strings[$candidate];
            }
        }
        return (string) reset($strings);
    }

    /**
     * Version of the document format (1).
     *
     * @return int version of the document format (1)
     */
    public function get_format_version(): int {
        return (int) $this->document['formatversion'];
    }

    /**
     * The instrument's idnumber, e.g. "digicheck".
     *
     * @return string the instrument's idnumber, e.g. "digicheck"
     */
    public function get_idnumber(): string {
        return $this->document['idnumber'];
    }

    /**
     * The version of the instrument's content.
     *
     * @return int the version of the instrument's content
     */
    public function get_version(): int {
        return (int) $this->document['version'];
    }

    /**
     * Check, survey or feedback.
     *
     * @return string check, survey or feedback
     */
    public function get_kind(): string {
        return $this->document['kind'];
    }

    /**
     * The instrument's name in a language.
     *
     * @param string $lang
     * @return string the instrument's name in that language
     */
    public function get_name(string $lang): string {
        return self::localise($this->document['name'], $lang);
    }

    /**
     * The instrument's description in a language.
     *
     * @param string $lang
     * @return string the instrument's description in that language
     */
    public function get_description(string $lang): string {
        return self::localise($this->document['description'], $lang);
    }

    /**
     * The instrument-wide names of the five maturity levels, if the document has them.
     *
     * @return array<int, array{value: int, label: array<string, string>, description?: array<string, string>}>|null
     */
    public function get_scale_levels(): ?array {
        return $this->document['scale']['levels'] ?? null;
    }

    /**
     * The dimensions by key, in document order.
     *
     * @return array<string, array<string, mixed>> dimensions by key, in document order
     */
    public function get_dimensions(): array {
        return $this->dimensions;
    }

    /**
     * One dimension by its key.
     *
     * @param string $key
     * @return array<string, mixed>|null the dimension, null if there is none with that key
     */
    public function get_dimension(string $key): ?array {
        return $this->dimensions[$key] ?? null;
    }

    /**
     * The weight of a dimension.
     *
     * @param string $key a dimension key
     * @return float the dimension's weight (1 when the document gives none)
     */
    public function get_dimension_weight(string $key): float {
        return (float) ($this->dimensions[$key]['weight'] ?? 1);
    }

    /**
     * Items by key, in document order.
     *
     * @param string|null $dimensionkey only the items of this dimension
     * @return array<string, array<string, mixed>>
     */
    public function get_items(?string $dimensionkey = null): array {
        if ($dimensionkey === null) {
            return $this->items;
        }
        return array_filter(
            $this->items,
            fn(string $key) => $this->itemdimension[$key] === $dimensionkey,
            ARRAY_FILTER_USE_KEY
        );
    }

    /**
     * One item by its key.
     *
     * @param string $key
     * @return array<string, mixed>|null the item, null if there is none with that key
     */
    public function get_item(string $key): ?array {
        return $this->items[$key] ?? null;
    }

    /**
     * The dimension an item belongs to.
     *
     * @param string $itemkey
     * @return string|null key of the item's dimension, null if there is no such item
     */
    public function get_item_dimension(string $itemkey): ?string {
        return $this->itemdimension[$itemkey] ?? null;
    }

    /**
     * The weight of an item.
     *
     * @param string $key an item key
     * @return float the item's weight within its dimension (1 when the document gives none)
     */
    public function get_item_weight(string $key): float {
        return (float) ($this->items[$key]['weight'] ?? 1);
    }

    /**
     * Whether the item counts towards the score: only in a check, never free text, and choice
     * items only when their options carry scores.
     *
     * @param string $key an item key
     * @return bool
     */
    public function is_scored_item(string $key): bool {
        $item = $this->items[$key] ?? null;
        if ($item === null || $this->get_kind() !== 'check') {
            return false;
        }
        return match ($item['type']) {
            'text' => false,
            'single', 'multiple' => isset($item['options'][0]['score']),
            default => true,
        };
    }

    /**
     * Encodes a document the way to_json() exports it.
     *
     * @param array<string, mixed> $document
     * @return string
     */
    private static function encode(array $document): string {
        return json_encode(
            $document,
            JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRESERVE_ZERO_FRACTION
            | JSON_THROW_ON_ERROR
        ) . "\n";
    }
}
