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

namespace local_digitalstrategy;

use PHPUnit\Framework\Attributes\CoversClass;
use PHPUnit\Framework\Attributes\DataProvider;

/**
 * Tests of the site-level capabilities, the settings and the overview of local_digitalstrategy.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\output\overview
 */
#[CoversClass(output\overview::class)]
final class access_test extends \advanced_testcase {
    /**
     * The capabilities of the plugin and whether a manager and an ordinary user hold them.
     *
     * @return array[] capability, held by a manager, held by an authenticated user
     */
    public static function capability_provider(): array {
        return [
            'managing organisations is for managers' => ['local/digitalstrategy:manageorganisations', true, false],
            'seeing all results is for managers' => ['local/digitalstrategy:viewallresults', true, false],
            'answering the check is for every user' => ['local/digitalstrategy:answercheck', true, true],
        ];
    }

    /**
     * Capability exists at system level with its archetypes.
     *
     * @dataProvider capability_provider
     * @param string $capability the capability
     * @param bool $manager whether a site manager holds it
     * @param bool $user whether an authenticated user holds it
     */
    #[DataProvider('capability_provider')]
    public function test_capability_exists_at_system_level_with_its_archetypes(
        string $capability,
        bool $manager,
        bool $user
    ): void {
        $this->resetAfterTest();
        $systemcontext = \context_system::instance();
        $managerroles = get_archetype_roles('manager');
        $manageruser = $this->getDataGenerator()->create_user();
        role_assign(reset($managerroles)->id, $manageruser->id, $systemcontext);
        $plainuser = $this->getDataGenerator()->create_user();

        $info = get_capability_info($capability);

        $this->assertNotEmpty($info);
        $this->assertEquals(CONTEXT_SYSTEM, $info->contextlevel);
        $this->assertTrue(get_string_manager()->string_exists(
            str_replace('local/', '', $capability),
            'local_digitalstrategy'
        ));
        $this->assertSame($manager, has_capability($capability, $systemcontext, $manageruser));
        $this->assertSame($user, has_capability($capability, $systemcontext, $plainuser));
    }

    public function test_install_sets_the_default_settings(): void {
        $this->assertEquals(5, get_config('local_digitalstrategy', 'peerthreshold'));
        $this->assertEquals(30, get_config('local_digitalstrategy', 'participationtarget'));
    }

    public function test_settings_reject_a_peer_threshold_that_breaks_anonymity_and_targets_over_100(): void {
        global $CFG;
        require_once($CFG->libdir . '/adminlib.php');
        $this->resetAfterTest();
        $this->setAdminUser();
        $root = admin_get_root(true, true);

        $page = $root->locate('local_digitalstrategy_settings');
        $threshold = $page->settings->local_digitalstrategypeerthreshold;
        $target = $page->settings->local_digitalstrategyparticipationtarget;

        $this->assertArrayNotHasKey(2, $threshold->choices);
        $this->assertArrayHasKey(3, $threshold->choices);
        // A value that is not offered is ignored, so the threshold stays where it was.
        $threshold->write_setting('2');
        $this->assertEquals(5, get_config('local_digitalstrategy', 'peerthreshold'));
        $this->assertSame('', $target->write_setting('45'));
        $this->assertNotSame('', $target->write_setting('101'));
        $this->assertNotSame('', $target->write_setting('-5'));
        $this->assertEquals(45, get_config('local_digitalstrategy', 'participationtarget'));
    }

    public function test_admin_category_holds_the_overview_for_managers(): void {
        global $CFG;
        require_once($CFG->libdir . '/adminlib.php');
        $this->resetAfterTest();
        $managerroles = get_archetype_roles('manager');
        $manager = $this->getDataGenerator()->create_user();
        role_assign(reset($managerroles)->id, $manager->id, \context_system::instance());
        $this->setUser($manager);

        $root = admin_get_root(true, false);

        $this->assertInstanceOf(\admin_category::class, $root->locate('local_digitalstrategy'));
        $overview = $root->locate('local_digitalstrategy_overview');
        $this->assertInstanceOf(\admin_externalpage::class, $overview);
        $this->assertTrue($overview->check_access());
    }

    public function test_overview_renders_the_configured_values_and_links_settings_only_when_allowed(): void {
        global $PAGE;
        $this->resetAfterTest();
        set_config('peerthreshold', 7, 'local_digitalstrategy');
        $output = $PAGE->get_renderer('core');

        $settings = \core\di::get(local\settings::class);
        $forconfigurer = $output->render(output\overview::build($settings, 0, 0, true, true));
        $formanager = $output->render(output\overview::build($settings, 0, 0, false, true));

        $this->assertStringContainsString('data-region="local_digitalstrategy-overview"', $formanager);
        $this->assertStringContainsString('data-peerthreshold="7"', $formanager);
        $this->assertStringContainsString(get_string('noorganisations', 'local_digitalstrategy'), $formanager);
        $this->assertStringNotContainsString('section=local_digitalstrategy_settings', $formanager);
        $this->assertStringContainsString('section=local_digitalstrategy_settings', $forconfigurer);
    }
}
