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

namespace local_digitalstrategy\local;

/**
 * Counts shown in words: one is singular, every other count (zero included) plural.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\plural
 */
#[\PHPUnit\Framework\Attributes\CoversClass(plural::class)]
final class plural_test extends \advanced_testcase {
    public function test_one_is_singular_and_every_other_count_plural(): void {
        $this->assertSame('saving_one', plural::key('saving', 1));
        foreach ([0, 2, 11, 350] as $count) {
            $this->assertSame('saving_other', plural::key('saving', $count));
        }
    }

    public function test_the_count_is_the_parameter_unless_another_is_given(): void {
        $this->assertSame('1 organisation', plural::get_string('peerorganisations', 'local_digitalstrategy', 1));
        $this->assertSame('0 organisations', plural::get_string('peerorganisations', 'local_digitalstrategy', 0));
        $this->assertSame(
            '1 of 1 question answered',
            plural::get_string('progress', 'local_digitalstrategy', 1, ['answered' => 1, 'items' => 1])
        );
    }

    public function test_german_users_read_singular_and_plural_in_all_three_plugins(): void {
        global $CFG;
        $this->resetAfterTest();
        // The test site has no language pack: "de" with its langconfig only (the plugins bring their German).
        make_writable_directory($CFG->dataroot . '/lang/de');
        file_put_contents($CFG->dataroot . '/lang/de/langconfig.php', "<?php\n\$string['thislanguage'] = 'Deutsch';\n");
        get_string_manager()->reset_caches();

        $this->assertSame('1 Person', plural::get_string('attendance_people', 'mod_devcircle', 1, null, 'de'));
        $this->assertSame('2 Personen', plural::get_string('attendance_people', 'mod_devcircle', 2, null, 'de'));
        $this->assertSame(
            'An 1 Sitzung teilnehmen',
            plural::get_string('completiondetail:attended', 'mod_devcircle', 1, null, 'de')
        );
        $this->assertSame(
            '1 Zeile kann importiert werden.',
            plural::get_string('importsummary_valid', 'local_digitalstrategy', 1, null, 'de')
        );
        $this->assertSame(
            'Ergebnisse der 1 Organisation nach Bereichen',
            plural::get_string('allresults', 'block_digicheck', 1, null, 'de')
        );
    }
}
