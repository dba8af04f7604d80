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

namespace block_digicheck\privacy;

use core_privacy\local\metadata\null_provider;
use PHPUnit\Framework\Attributes\CoversClass;

/**
 * Tests of the privacy provider of block_digicheck.
 *
 * @package    block_digicheck
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \block_digicheck\privacy\provider
 */
#[CoversClass(provider::class)]
final class provider_test extends \core_privacy\tests\provider_testcase {
    public function test_declares_that_no_personal_data_is_stored_with_an_existing_reason(): void {
        $this->assertInstanceOf(null_provider::class, new provider());

        $reason = provider::get_reason();

        $this->assertTrue(get_string_manager()->string_exists($reason, 'block_digicheck'));
    }
}
