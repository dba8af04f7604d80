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

namespace mod_devcircle;

use PHPUnit\Framework\Attributes\CoversNothing;

/**
 * Tests of the site settings of mod_devcircle.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @coversNothing
 */
#[CoversNothing]
final class settings_test extends \advanced_testcase {
    public function test_install_sets_the_defaults_and_leaves_the_secrets_empty(): void {
        $config = get_config('mod_devcircle');

        $this->assertSame('sha256', $config->bbb_checksum);
        $this->assertEquals(3 * HOURSECS, $config->etherpad_sessionlifetime);
        $this->assertSame('', $config->bbb_serverurl);
        $this->assertSame('', $config->bbb_secret);
        $this->assertSame('', $config->etherpad_url);
        $this->assertSame('', $config->etherpad_apikey);
        $this->assertSame('', $config->etherpad_cookiedomain);
    }

    public function test_secrets_use_masked_password_settings(): void {
        global $CFG;
        require_once($CFG->libdir . '/adminlib.php');
        $this->resetAfterTest();
        $this->setAdminUser();
        set_config('bbb_secret', 'bbb-top-secret-value', 'mod_devcircle');
        set_config('etherpad_apikey', 'pad-top-secret-value', 'mod_devcircle');

        $page = admin_get_root(true, true)->locate('modsettingdevcircle');

        $this->assertInstanceOf(\admin_settingpage::class, $page);
        foreach (['bbb_secret', 'etherpad_apikey'] as $name) {
            $setting = $page->settings->{'mod_devcircle' . $name};
            $this->assertInstanceOf(\local_digitalstrategy\admin\setting_secret::class, $setting);
            // The form never carries the stored secret, and an empty submission keeps it.
            $html = $setting->output_html($setting->get_setting());
            $this->assertStringNotContainsString('top-secret-value', $html);
            $this->assertSame('', $setting->write_setting(''));
            $this->assertStringEndsWith('top-secret-value', get_config('mod_devcircle', $name));
            $this->assertSame('', $setting->write_setting('replaced-value'));
            $this->assertSame('replaced-value', get_config('mod_devcircle', $name));
        }
        $this->assertSame('sha256', $page->settings->mod_devcirclebbb_checksum->get_defaultsetting());
        $this->assertStringNotContainsString('replaced-value', $page->output_html());
    }
}
