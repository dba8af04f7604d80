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
 * The Ampel of a feedback mean (−2…+2) against the target band the funder set (default 1.0–1.5).
 *
 * - inside the band (low ≤ mean ≤ high, both edges included): green;
 * - above the band: also green — a training rated better than the target is no problem — but
 *   the position says "above" so pages can say so;
 * - from the amber threshold (default 0.5, included) up to the band's low edge (excluded): amber;
 * - below the amber threshold: red.
 *
 * The mean is classified as it is shown: rounded to two decimals first, so a mean shown as
 * "1.00" is never amber.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class feedback_ampel {
    /** @var string Inside or above the band. */
    public const GREEN = 'green';
    /** @var string Below the band, from the amber threshold. */
    public const AMBER = 'amber';
    /** @var string Below the amber threshold. */
    public const RED = 'red';

    /** @var string The mean lies below the band. */
    public const BELOW = 'below';
    /** @var string The mean lies inside the band. */
    public const INSIDE = 'inside';
    /** @var string The mean lies above the band. */
    public const ABOVE = 'above';

    /** @var float lower edge of the target band */
    public readonly float $low;
    /** @var float upper edge of the target band */
    public readonly float $high;
    /** @var float from here up to the band: amber */
    public readonly float $amber;

    /**
     * Creates the classification; edges given in any order are put in order and kept in −2…+2.
     *
     * @param float $low lower edge of the band
     * @param float $high upper edge of the band
     * @param float $amber amber threshold (at most the lower edge)
     */
    public function __construct(float $low, float $high, float $amber) {
        $low = self::clamp($low);
        $high = self::clamp($high);
        if ($low > $high) {
            [$low, $high] = [$high, $low];
        }
        $this->low = $low;
        $this->high = $high;
        $this->amber = min(self::clamp($amber), $low);
    }

    /**
     * The classification with the site's settings (feedbackbandlow, feedbackbandhigh, feedbackamber).
     *
     * @param \local_digitalstrategy\local\settings $settings the settings
     * @return self
     */
    public static function from_settings(\local_digitalstrategy\local\settings $settings): self {
        return new self(
            $settings->feedback_band_low(),
            $settings->feedback_band_high(),
            $settings->feedback_amber_threshold()
        );
    }

    /**
     * The Ampel colour of a mean.
     *
     * @param float $mean the mean, −2…+2
     * @return string self::GREEN, self::AMBER or self::RED
     */
    public function colour(float $mean): string {
        $mean = round($mean, 2);
        if ($mean >= $this->low) {
            return self::GREEN;
        }
        return $mean >= $this->amber ? self::AMBER : self::RED;
    }

    /**
     * Where a mean lies against the band.
     *
     * @param float $mean the mean, −2…+2
     * @return string self::BELOW, self::INSIDE or self::ABOVE
     */
    public function position(float $mean): string {
        $mean = round($mean, 2);
        if ($mean < $this->low) {
            return self::BELOW;
        }
        return $mean > $this->high ? self::ABOVE : self::INSIDE;
    }

    /**
     * Keeps a value on the −2…+2 scale.
     *
     * @param float $value the value
     * @return float
     */
    private static function clamp(float $value): float {
        return max(-2.0, min(2.0, $value));
    }
}
