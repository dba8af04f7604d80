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
 * Organisations and memberships: validation, creation, roles, archiving and listing.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\organisation_repository
 * @covers     \local_digitalstrategy\local\organisation_access
 * @covers     \local_digitalstrategy\organisation
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\organisation_repository::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\organisation_access::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\organisation::class)]
final class organisation_repository_test extends \advanced_testcase {
    public function test_create_stores_normalised_data_and_loads_it_back(): void {
        $this->resetAfterTest();
        $repository = \core\di::get(organisation_repository::class);

        $created = $repository->create((object) ['name' => '  Caritas Sozialstation Nord ', 'idnumber' => 'CSN-01',
            'location' => 'Hamburg', 'fieldofwork' => 'care', 'employees' => ' 120 ', 'pilot' => '1'], 2);

        $loaded = $repository->get($created->get_id());
        $this->assertSame('Caritas Sozialstation Nord', $loaded->get_name());
        $this->assertSame('CSN-01', $loaded->get_idnumber());
        $this->assertSame(120, $loaded->get_employees());
        $this->assertTrue($loaded->is_pilot());
        $this->assertFalse($loaded->is_archived());
        $this->assertSame('care', $loaded->get_fieldofwork());
        $this->assertSame($created->get_id(), $repository->get_by_idnumber('CSN-01')->get_id());
    }

    /**
     * Invalid organisation data and the error it gets.
     *
     * @return array
     */
    public static function invalid_provider(): array {
        return [
            'no name' => [['name' => '  '], 'name', 'error_namerequired'],
            'unknown field of work' => [['name' => 'X', 'fieldofwork' => 'hospital'], 'fieldofwork', 'error_fieldofwork'],
            'employees not a number' => [['name' => 'X', 'employees' => 'viele'], 'employees', 'error_employees'],
            'negative employees' => [['name' => 'X', 'employees' => '-3'], 'employees', 'error_employees'],
            'name too long' => [['name' => str_repeat('x', 256)], 'name', 'error_toolong'],
            'identifier taken' => [['name' => 'X', 'idnumber' => 'taken'], 'idnumber', 'error_idnumbertaken'],
        ];
    }

    /**
     * Invalid data is named and refused.
     *
     * @dataProvider invalid_provider
     * @param array $data
     * @param string $field
     * @param string $error
     */
    #[\PHPUnit\Framework\Attributes\DataProvider('invalid_provider')]
    public function test_invalid_data_is_named_and_refused(array $data, string $field, string $error): void {
        $this->resetAfterTest();
        $repository = \core\di::get(organisation_repository::class);
        $repository->create((object) ['name' => 'Existing', 'idnumber' => 'taken'], 2);

        $this->assertSame($error, $repository->validate((object) $data)[$field] ?? null);
        $this->expectException(\moodle_exception::class);
        $repository->create((object) $data, 2);
    }

    public function test_an_organisation_keeps_its_own_identifier_when_edited(): void {
        $this->resetAfterTest();
        $repository = \core\di::get(organisation_repository::class);
        $organisation = $repository->create((object) ['name' => 'A', 'idnumber' => 'a1'], 2);

        $updated = $repository->update($organisation, (object) ['name' => 'A neu', 'idnumber' => 'a1',
            'fieldofwork' => 'counselling'], 2);

        $this->assertSame('A neu', $updated->get_name());
        $this->assertSame('counselling', $updated->get_fieldofwork());
    }

    public function test_members_have_one_organisation_and_a_role(): void {
        $this->resetAfterTest();
        $repository = \core\di::get(organisation_repository::class);
        $north = $repository->create((object) ['name' => 'Nord'], 2);
        $south = $repository->create((object) ['name' => 'Süd'], 2);
        $anna = $this->getDataGenerator()->create_user(['lastname' => 'Albers']);
        $ben = $this->getDataGenerator()->create_user(['lastname' => 'Brandt']);

        $repository->add_member($north, $anna->id, 'staff', 2);
        $repository->add_member($north, $ben->id, 'staff', 2);
        $repository->add_member($north, $ben->id, 'leadership', 2);

        $this->assertSame('leadership', $repository->get_role($north, $ben->id));
        $this->assertSame([$ben->id, $anna->id], array_map(fn($m) => $m->id, $repository->get_members($north)));
        $this->assertSame($north->get_id(), $repository->get_for_user($anna->id)->get_id());
        $this->assertSame(['error_memberofother', 'Nord'], $repository->membership_problem($south, $anna->id, 'staff'));
        $this->assertSame('error_role', $repository->membership_problem($north, $anna->id, 'boss')[0]);
        $this->assertSame('error_usernotfound', $repository->membership_problem($north, 987654, 'staff')[0]);
        try {
            $repository->add_member($south, $anna->id, 'staff', 2);
            $this->fail('A user joined a second organisation');
        } catch (\moodle_exception $e) {
            $this->assertSame('error_memberofother', $e->errorcode);
        }

        $repository->remove_member($north, $anna->id);
        $this->assertNull($repository->get_for_user($anna->id));
        $repository->add_member($south, $anna->id, 'staff', 2);
        $this->assertTrue(\core\di::get(organisation_access::class)->is_member($south, $anna->id));
    }

    public function test_list_counts_members_and_puts_archived_organisations_last(): void {
        $this->resetAfterTest();
        $repository = \core\di::get(organisation_repository::class);
        $zeta = $repository->create((object) ['name' => 'Zeta'], 2);
        $alpha = $repository->create((object) ['name' => 'Alpha'], 2);
        $repository->add_member($zeta, $this->getDataGenerator()->create_user()->id, 'staff', 2);
        $repository->set_archived($alpha, true, 2);

        $all = $repository->list_organisations();
        $active = $repository->list_organisations(false);

        $this->assertSame(['Zeta', 'Alpha'], array_column($all, 'name'));
        $this->assertEquals([1, 0], array_column($all, 'membercount'));
        $this->assertSame(['Zeta'], array_column($active, 'name'));
    }

    public function test_can_answer_and_can_view_follow_membership_capability_and_archiving(): void {
        $this->resetAfterTest();
        $repository = \core\di::get(organisation_repository::class);
        $access = \core\di::get(organisation_access::class);
        $organisation = $repository->create((object) ['name' => 'Nord'], 2);
        $member = $this->getDataGenerator()->create_user();
        $outsider = $this->getDataGenerator()->create_user();
        $repository->add_member($organisation, $member->id, 'staff', 2);

        $this->assertTrue($access->can_answer($organisation, $member->id));
        $this->assertTrue($access->can_view($organisation, $member->id));
        $this->assertFalse($access->can_answer($organisation, $outsider->id));
        $this->assertFalse($access->can_view($organisation, $outsider->id));

        $archived = $repository->set_archived($organisation, true, 2);
        $this->assertFalse($access->can_answer($archived, $member->id));
        $this->assertTrue($access->can_view($archived, $member->id));
    }

    public function test_the_clock_dates_changes(): void {
        $this->resetAfterTest();
        $clock = $this->mock_clock_with_frozen(1764000000);
        $repository = \core\di::get(organisation_repository::class);

        $created = $repository->create((object) ['name' => 'Nord'], 2);
        $clock->bump(60);
        $changed = $repository->update($created, (object) ['name' => 'Nord & Süd'], 2);

        $this->assertEquals(1764000000, $created->to_record()->timecreated);
        $this->assertEquals(1764000060, $changed->to_record()->timemodified);
    }
}
