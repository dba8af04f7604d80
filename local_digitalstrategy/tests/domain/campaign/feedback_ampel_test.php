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
 * The Ampel of a feedback mean against the target band 1.0–1.5 with amber from 0.5.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\campaign\feedback_ampel
 */
#[\PHPUnit\Framework\Attributes\CoversClass(feedback_ampel::class)]
final class feedback_ampel_test extends \PHPUnit\Framework\TestCase {
    /**
     * Means at and around every edge with their colour and position.
     *
     * @return array<string, array{float, string, string}>
     */
    public static function edges(): array {
        return [
            'top of the scale' => [2.0, feedback_ampel::GREEN, feedback_ampel::ABOVE],
            'just above the band' => [1.51, feedback_ampel::GREEN, feedback_ampel::ABOVE],
            'exactly the upper edge 1.5' => [1.5, feedback_ampel::GREEN, feedback_ampel::INSIDE],
            'inside the band' => [1.25, feedback_ampel::GREEN, feedback_ampel::INSIDE],
            'exactly the lower edge 1.0' => [1.0, feedback_ampel::GREEN, feedback_ampel::INSIDE],
            'shown as 1.00 (0.999)' => [0.999, feedback_ampel::GREEN, feedback_ampel::INSIDE],
            'just below the band (0.99)' => [0.99, feedback_ampel::AMBER, feedback_ampel::BELOW],
            'between amber and band' => [0.75, feedback_ampel::AMBER, feedback_ampel::BELOW],
            'exactly the amber threshold 0.5' => [0.5, feedback_ampel::AMBER, feedback_ampel::BELOW],
            'just below amber (0.49)' => [0.49, feedback_ampel::RED, feedback_ampel::BELOW],
            'shown as 0.49 (0.494)' => [0.494, feedback_ampel::RED, feedback_ampel::BELOW],
            'zero' => [0.0, feedback_ampel::RED, feedback_ampel::BELOW],
            'bottom of the scale' => [-2.0, feedback_ampel::RED, feedback_ampel::BELOW],
        ];
    }

    /**
     * A mean gets its colour and position.
     *
     * @dataProvider edges
     * @param float $mean the mean
     * @param string $colour the expected colour
     * @param string $position the expected position
     */
    public function test_a_mean_gets_its_colour_and_position(float $mean, string $colour, string $position): void {
        $ampel = new feedback_ampel(1.0, 1.5, 0.5);

        $this->assertSame($colour, $ampel->colour($mean));
        $this->assertSame($position, $ampel->position($mean));
    }

    public function test_the_band_and_thresholds_are_settings(): void {
        $ampel = new feedback_ampel(0.8, 1.2, 0.2);

        $this->assertSame(feedback_ampel::GREEN, $ampel->colour(0.8));
        $this->assertSame(feedback_ampel::ABOVE, $ampel->position(1.3));
        $this->assertSame(feedback_ampel::AMBER, $ampel->colour(0.2));
        $this->assertSame(feedback_ampel::RED, $ampel->colour(0.19));
    }

    public function test_edges_in_the_wrong_order_or_off_the_scale_are_put_right(): void {
        $ampel = new feedback_ampel(1.5, 1.0, 3.0);

        $this->assertSame(1.0, $ampel->low);
        $this->assertSame(1.5, $ampel->high);
        // An amber threshold above the band would leave no amber zone: it is held at the band's edge.
        $this->assertSame(1.0, $ampel->amber);
        $this->assertSame(feedback_ampel::RED, $ampel->colour(0.99));
        $this->assertSame(2.0, (new feedback_ampel(-5, 5, -5))->high);
    }
}
