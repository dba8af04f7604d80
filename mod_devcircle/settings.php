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

/**
 * Site settings of mod_devcircle: the BigBlueButton server and the Etherpad server.
 *
 * Secrets are stored with password settings, are used only on the server and never reach a page.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

if ($ADMIN->fulltree) {
    // BigBlueButton (or Scalelite) server.
    $settings->add(new admin_setting_heading(
        'mod_devcircle/bbb_heading',
        new lang_string('bbb_heading', 'mod_devcircle'),
        new lang_string('bbb_heading_desc', 'mod_devcircle')
    ));

    $settings->add(new admin_setting_configtext(
        'mod_devcircle/bbb_serverurl',
        new lang_string('bbb_serverurl', 'mod_devcircle'),
        new lang_string('bbb_serverurl_desc', 'mod_devcircle'),
        '',
        PARAM_URL,
        60
    ));

    $settings->add(new \local_digitalstrategy\admin\setting_secret(
        'mod_devcircle/bbb_secret',
        new lang_string('bbb_secret', 'mod_devcircle'),
        new lang_string('bbb_secret_desc', 'mod_devcircle'),
        ''
    ));

    $settings->add(new admin_setting_configselect(
        'mod_devcircle/bbb_checksum',
        new lang_string('bbb_checksum', 'mod_devcircle'),
        new lang_string('bbb_checksum_desc', 'mod_devcircle'),
        'sha256',
        [
            'sha1' => 'SHA-1',
            'sha256' => 'SHA-256',
            'sha384' => 'SHA-384',
            'sha512' => 'SHA-512',
        ]
    ));

    // Defaults of the webinar settings of new circles.
    $settings->add(new admin_setting_heading(
        'mod_devcircle/webinar_defaults_heading',
        new lang_string('webinar_defaults_heading', 'mod_devcircle'),
        new lang_string('webinar_defaults_heading_desc', 'mod_devcircle')
    ));
    foreach (
        ['record' => 1, 'waitformoderator' => 1, 'muteonstart' => 0, 'lockcam' => 0, 'lockmic' => 0,
            'lockprivatechat' => 0, 'lockpublicchat' => 0] as $name => $default
    ) {
        $settings->add(new admin_setting_configcheckbox(
            'mod_devcircle/default_' . $name,
            new lang_string($name, 'mod_devcircle'),
            new lang_string($name . '_help', 'mod_devcircle'),
            $default
        ));
    }
    $settings->add(new admin_setting_configtextarea(
        'mod_devcircle/default_welcome',
        new lang_string('welcome', 'mod_devcircle'),
        new lang_string('welcome_help', 'mod_devcircle'),
        '',
        PARAM_TEXT
    ));
    $settings->add(new admin_setting_configselect(
        'mod_devcircle/default_openmode',
        new lang_string('openmode', 'mod_devcircle'),
        new lang_string('openmode_help', 'mod_devcircle'),
        'window',
        [
            'window' => new lang_string('openmode_window', 'mod_devcircle'),
            'embed' => new lang_string('openmode_embed', 'mod_devcircle'),
        ]
    ));

    // Etherpad server.
    $settings->add(new admin_setting_heading(
        'mod_devcircle/etherpad_heading',
        new lang_string('etherpad_heading', 'mod_devcircle'),
        new lang_string('etherpad_heading_desc', 'mod_devcircle')
    ));

    $settings->add(new admin_setting_configtext(
        'mod_devcircle/etherpad_url',
        new lang_string('etherpad_url', 'mod_devcircle'),
        new lang_string('etherpad_url_desc', 'mod_devcircle'),
        '',
        PARAM_URL,
        60
    ));

    $settings->add(new \local_digitalstrategy\admin\setting_secret(
        'mod_devcircle/etherpad_apikey',
        new lang_string('etherpad_apikey', 'mod_devcircle'),
        new lang_string('etherpad_apikey_desc', 'mod_devcircle'),
        ''
    ));

    // A host name, optionally with a leading dot so that subdomains share the cookie; empty for the Moodle host.
    $settings->add(new admin_setting_configtext(
        'mod_devcircle/etherpad_cookiedomain',
        new lang_string('etherpad_cookiedomain', 'mod_devcircle'),
        new lang_string('etherpad_cookiedomain_desc', 'mod_devcircle'),
        '',
        '/^(\.?[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?)*)?$/',
        40
    ));

    $lifetime = new admin_setting_configduration(
        'mod_devcircle/etherpad_sessionlifetime',
        new lang_string('etherpad_sessionlifetime', 'mod_devcircle'),
        new lang_string('etherpad_sessionlifetime_desc', 'mod_devcircle'),
        3 * HOURSECS,
        HOURSECS
    );
    $lifetime->set_min_duration(5 * MINSECS);
    $settings->add($lifetime);

    $settings->add(new admin_setting_description(
        'mod_devcircle/etherpad_health',
        new lang_string('health_title', 'mod_devcircle'),
        new lang_string('health_settingsdesc', 'mod_devcircle', (new moodle_url('/mod/devcircle/health.php'))->out())
    ));
}

// The Etherpad health check: tests URL, API key, API version and cookie domain.
$ADMIN->add('modsettings', new admin_externalpage(
    'mod_devcircle_etherpadhealth',
    new lang_string('health_title', 'mod_devcircle'),
    new moodle_url('/mod/devcircle/health.php'),
    'moodle/site:config',
    $module->is_enabled() === false
));
