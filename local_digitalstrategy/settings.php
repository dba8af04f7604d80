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
 * Admin settings and pages of local_digitalstrategy.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

// The category sits at the top of Site administration, not under "Local plugins": that category
// exists only for site administrators, and managers need the overview too. The admin tree shows
// each page only to users who hold its capability.
$ADMIN->add('root', new admin_category(
    'local_digitalstrategy',
    new lang_string('admincategory', 'local_digitalstrategy')
));

$ADMIN->add('local_digitalstrategy', new admin_externalpage(
    'local_digitalstrategy_overview',
    new lang_string('overview', 'local_digitalstrategy'),
    new moodle_url('/local/digitalstrategy/index.php'),
    'local/digitalstrategy:viewallresults'
));

$ADMIN->add('local_digitalstrategy', new admin_externalpage(
    'local_digitalstrategy_allresults',
    new lang_string('allresults', 'local_digitalstrategy'),
    new moodle_url('/local/digitalstrategy/allresults.php'),
    'local/digitalstrategy:viewallresults'
));

$ADMIN->add('local_digitalstrategy', new admin_externalpage(
    'local_digitalstrategy_organisations',
    new lang_string('organisations', 'local_digitalstrategy'),
    new moodle_url('/local/digitalstrategy/organisations.php'),
    'local/digitalstrategy:manageorganisations'
));

$ADMIN->add('local_digitalstrategy', new admin_externalpage(
    'local_digitalstrategy_import',
    new lang_string('importorganisations', 'local_digitalstrategy'),
    new moodle_url('/local/digitalstrategy/import.php'),
    'local/digitalstrategy:manageorganisations'
));

$ADMIN->add('local_digitalstrategy', new admin_externalpage(
    'local_digitalstrategy_instruments',
    new lang_string('instruments', 'local_digitalstrategy'),
    new moodle_url('/local/digitalstrategy/instruments.php'),
    'moodle/site:config'
));

// The project team's overview of every organisation's strategy.
$ADMIN->add('local_digitalstrategy', new admin_externalpage(
    'local_digitalstrategy_strategies',
    new lang_string('strategies_title', 'local_digitalstrategy'),
    new moodle_url('/local/digitalstrategy/strategies.php'),
    'local/digitalstrategy:viewallstrategies'
));

// Survey campaigns of the project team.
$ADMIN->add('local_digitalstrategy', new admin_externalpage(
    'local_digitalstrategy_campaigns',
    new lang_string('campaign_list', 'local_digitalstrategy'),
    new moodle_url('/local/digitalstrategy/campaigns.php'),
    'local/digitalstrategy:managecampaigns'
));

// Document-access statistics of the programme's courses, for the project team.
$ADMIN->add('local_digitalstrategy', new admin_externalpage(
    'local_digitalstrategy_docaccess',
    new lang_string('docaccess_title', 'local_digitalstrategy'),
    new moodle_url('/local/digitalstrategy/docaccess.php'),
    'local/digitalstrategy:viewcontrolling'
));
// Project controlling: the indicator catalogue (targets, manual values) and the process Ampel.
$ADMIN->add('local_digitalstrategy', new admin_externalpage(
    'local_digitalstrategy_indicators',
    new lang_string('indicatoredit_catalogue', 'local_digitalstrategy'),
    new moodle_url('/local/digitalstrategy/indicators.php'),
    'local/digitalstrategy:viewcontrolling'
));
$ADMIN->add('local_digitalstrategy', new admin_externalpage(
    'local_digitalstrategy_processes',
    new lang_string('process_title', 'local_digitalstrategy'),
    new moodle_url('/local/digitalstrategy/processes.php'),
    'local/digitalstrategy:viewcontrolling'
));
// Project controlling: the programme's indicators per half-year with their Ampel.
$ADMIN->add('local_digitalstrategy', new admin_externalpage(
    'local_digitalstrategy_controlling',
    new lang_string('controlling_title', 'local_digitalstrategy'),
    new moodle_url('/local/digitalstrategy/controlling.php'),
    'local/digitalstrategy:viewcontrolling'
));

if ($hassiteconfig) {
    $settings = new admin_settingpage(
        'local_digitalstrategy_settings',
        new lang_string('settings', 'local_digitalstrategy')
    );

    if ($ADMIN->fulltree) {
        // Peer comparisons are anonymous only when enough organisations take part; with fewer
        // than three, one organisation could work out another one's result from the average.
        $choices = [];
        foreach (range(3, 20) as $k) {
            $choices[$k] = (string) $k;
        }
        $settings->add(new admin_setting_configselect(
            'local_digitalstrategy/peerthreshold',
            new lang_string('peerthreshold', 'local_digitalstrategy'),
            new lang_string('peerthreshold_desc', 'local_digitalstrategy'),
            5,
            $choices
        ));

        // Whole percent from 0 to 100.
        $settings->add(new admin_setting_configtext(
            'local_digitalstrategy/participationtarget',
            new lang_string('participationtarget', 'local_digitalstrategy'),
            new lang_string('participationtarget_desc', 'local_digitalstrategy'),
            30,
            '/^(100|[1-9]?[0-9])$/',
            4
        ));

        // Whole percent from 0 to 100; required items must be answered whatever the share.
        $settings->add(new admin_setting_configtext(
            'local_digitalstrategy/submitminpercent',
            new lang_string('submitminpercent', 'local_digitalstrategy'),
            new lang_string('submitminpercent_desc', 'local_digitalstrategy'),
            80,
            '/^(100|[1-9]?[0-9])$/',
            4
        ));

        // Surveys: reminders to organisations that have not answered yet.
        $settings->add(new admin_setting_configselect(
            'local_digitalstrategy/maxreminders',
            new lang_string('maxreminders', 'local_digitalstrategy'),
            new lang_string('maxreminders_desc', 'local_digitalstrategy'),
            2,
            array_map('strval', range(0, 5))
        ));
        $settings->add(new admin_setting_configduration(
            'local_digitalstrategy/reminderspacing',
            new lang_string('reminderspacing', 'local_digitalstrategy'),
            new lang_string('reminderspacing_desc', 'local_digitalstrategy'),
            7 * DAYSECS,
            DAYSECS
        ));
        $settings->add(new admin_setting_configcheckbox(
            'local_digitalstrategy/resultsvisible',
            new lang_string('resultsvisible', 'local_digitalstrategy'),
            new lang_string('resultsvisible_desc', 'local_digitalstrategy'),
            1
        ));

        // Feedback on trainings: the target band of the mean (−2…+2) and the amber threshold below it.
        $rating = '/^(-?[0-2](\.[0-9]{1,2})?)$/';
        foreach (['feedbackbandlow' => '1.0', 'feedbackbandhigh' => '1.5', 'feedbackamber' => '0.5'] as $name => $default) {
            $settings->add(new admin_setting_configtext(
                'local_digitalstrategy/' . $name,
                new lang_string($name, 'local_digitalstrategy'),
                new lang_string($name . '_desc', 'local_digitalstrategy'),
                $default,
                $rating,
                5
            ));
        }

        // Project controlling: the programme's half-years and which courses are the programme's.
        $halves = [];
        foreach (range(2015, 2035) as $year) {
            foreach ([1, 2] as $half) {
                $halves[$year . '-' . $half] = new lang_string(
                    'period_short',
                    'local_digitalstrategy',
                    (object) ['year' => $year, 'half' => $half]
                );
            }
        }
        $settings->add(new admin_setting_configselect(
            'local_digitalstrategy/programmestart',
            new lang_string('programmestart', 'local_digitalstrategy'),
            new lang_string('programmestart_desc', 'local_digitalstrategy'),
            '2018-1',
            $halves
        ));
        $settings->add(new admin_setting_configselect(
            'local_digitalstrategy/programmehalfyears',
            new lang_string('programmehalfyears', 'local_digitalstrategy'),
            new lang_string('programmehalfyears_desc', 'local_digitalstrategy'),
            6,
            array_combine(range(1, 20), array_map('strval', range(1, 20)))
        ));
        $settings->add(new admin_setting_configselect(
            'local_digitalstrategy/programmecategory',
            new lang_string('programmecategory', 'local_digitalstrategy'),
            new lang_string('programmecategory_desc', 'local_digitalstrategy'),
            0,
            [0 => new lang_string('programmecategory_circles', 'local_digitalstrategy')]
                + core_course_category::make_categories_list()
        ));

        // A strategy's overall Ampel per criterion is the worst current rating of these measures.
        $settings->add(new admin_setting_configselect(
            'local_digitalstrategy/ampelscope',
            new lang_string('ampelscope', 'local_digitalstrategy'),
            new lang_string('ampelscope_desc', 'local_digitalstrategy'),
            'open',
            [
                'open' => new lang_string('ampelscope_open', 'local_digitalstrategy'),
                'all' => new lang_string('ampelscope_all', 'local_digitalstrategy'),
            ]
        ));
    }

    $ADMIN->add('local_digitalstrategy', $settings);
}
