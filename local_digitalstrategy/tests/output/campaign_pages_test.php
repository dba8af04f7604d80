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

namespace local_digitalstrategy\output;

use local_digitalstrategy\local\campaign\campaign_service;
use local_digitalstrategy\local\campaign\invite_repository;
use local_digitalstrategy\local\campaign\participation_repository;

/**
 * The campaign pages as the project team sees them (list, one campaign with participation, the
 * invitations and their log, escaped once), the campaign form's server-side rules with messages,
 * the participation of open campaigns in the block, the organisation's contact columns in the CSV
 * import and the invitations in the privacy export and deletion.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\output\campaign_page
 * @covers     \local_digitalstrategy\output\campaigns_page
 * @covers     \local_digitalstrategy\form\campaign_form
 * @covers     \block_digicheck\output\campaign_participation
 * @covers     \local_digitalstrategy\local\import\organisation_import
 * @covers     \local_digitalstrategy\privacy\provider
 */
#[\PHPUnit\Framework\Attributes\CoversClass(campaign_page::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(campaigns_page::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\form\campaign_form::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\block_digicheck\output\campaign_participation::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\import\organisation_import::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\privacy\provider::class)]
final class campaign_pages_test extends \advanced_testcase {
    /** @var string A name with everything that must be escaped exactly once. */
    private const NAME = 'Träger & Söhne "Kita" < 6 Jahre 🙂';

    /**
     * The plugin's data generator.
     *
     * @return \local_digitalstrategy_generator
     */
    private function generator(): \local_digitalstrategy_generator {
        return $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
    }

    public function test_the_campaign_page_shows_participation_invitations_and_log_escaped_once(): void {
        global $PAGE;
        $this->resetAfterTest();
        $this->setAdminUser();
        $g = $this->generator();
        $campaign = $g->create_campaign(['name' => self::NAME, 'participationtarget' => 30]);
        $org = $g->create_organisation(['name' => self::NAME, 'fieldofwork' => 'care', 'region' => 'Nord & Süd']);
        [$invite] = $g->create_invite($campaign, ['orgid' => $org->get_id(), 'email' => 'info@example.org', 'responded' => 1]);
        $g->create_invite($campaign, ['orgid' => $g->create_organisation()->get_id(), 'email' => 'b@example.org']);
        $invites = \core\di::get(invite_repository::class);
        $invites->log($campaign->id, (int) $invite->id, 'invite', 'failed', 'Mail server said <no> & "no"');
        $participation = \core\di::get(participation_repository::class);

        $html = $PAGE->get_renderer('core')->render(new campaign_page(
            $campaign,
            'Mitgliederbefragung',
            $participation->overall($campaign->id),
            $participation->by_group($campaign->id, 'fieldofwork'),
            $participation->by_group($campaign->id, 'region'),
            $invites->list_for_campaign($campaign->id),
            $invites->log_for_campaign($campaign->id),
            false,
            []
        ));

        $this->assertStringContainsString('data-percent="50"', $html);
        $this->assertStringContainsString('1 of 2 responded (50 %), target 30 %', $html);
        $this->assertStringContainsString('Träger &amp; Söhne &quot;Kita&quot; &lt; 6 Jahre 🙂', $html);
        $this->assertStringNotContainsString('&amp;amp;', $html);
        $this->assertStringContainsString('Nord &amp; Süd', $html);
        $this->assertStringContainsString('Mail server said &lt;no&gt; &amp; &quot;no&quot;', $html);
        $this->assertStringContainsString('data-action="remind"', $html);
        $this->assertStringContainsString('data-action="close"', $html);
        $this->assertSame(2, substr_count($html, '<tr data-inviteid='));
        $this->assertSame(1, substr_count($html, 'name="action" value="revoke"'), 'an answered invitation is not revoked');
    }

    public function test_the_list_shows_each_survey_campaign_with_its_bar_and_the_block_the_open_ones(): void {
        global $PAGE;
        $this->resetAfterTest();
        $g = $this->generator();
        $open = $g->create_campaign(['name' => self::NAME]);
        $g->create_invite($open, ['responded' => 1]);
        $g->create_campaign(['name' => 'Entwurf', 'status' => 'draft']);
        $repository = \core\di::get(participation_repository::class);
        $output = $PAGE->get_renderer('core');

        $html = $output->render(new campaigns_page($repository->campaigns([], 'survey')));
        $this->assertSame(2, substr_count($html, '<tr data-campaignid='));
        $this->assertStringContainsString('Träger &amp; Söhne', $html);
        $this->assertStringContainsString('data-percent="100"', $html);

        $block = $output->render(new \block_digicheck\output\campaign_participation($repository->campaigns(['open'], 'survey')));
        $this->assertSame(1, substr_count($block, 'data-region="participation"'));
        $this->assertStringNotContainsString('Entwurf', $block);
        $this->assertLessThan(3000, strlen($block), 'the block stays small');
    }

    public function test_the_campaign_form_refuses_broken_data_with_messages_and_keeps_the_input(): void {
        $this->resetAfterTest();
        $this->setAdminUser();
        $instrumentid = $this->generator()->get_instrument_id('mitgliederbefragung');
        $custom = ['instruments' => [$instrumentid => 'Mitgliederbefragung'], 'cohorts' => [], 'courses' => [],
            'defaults' => ['participationtarget' => 30, 'resultsvisible' => 1]];
        \local_digitalstrategy\form\campaign_form::mock_submit(['name' => self::NAME, 'instrumentid' => $instrumentid,
            'target' => 'cohort', 'cohortid' => '', 'courseid' => '', 'respondent' => 'organisation', 'anonymous' => 1,
            'participationtarget' => '150', 'resultsvisible' => 1]);
        $form = new \local_digitalstrategy\form\campaign_form(null, $custom);
        $this->assertNull($form->get_campaign_data());
        $errors = $form->validation((array) $form->get_submitted_data(), []);
        $this->assertSame(get_string('campaign_error_cohort', 'local_digitalstrategy'), $errors['cohortid']);
        $this->assertSame(
            get_string('campaign_error_participationtarget', 'local_digitalstrategy'),
            $errors['participationtarget']
        );
        $this->assertSame(self::NAME, $form->get_submitted_data()->name);

        \local_digitalstrategy\form\campaign_form::mock_submit(['name' => self::NAME, 'instrumentid' => $instrumentid,
            'target' => 'all', 'respondent' => 'person', 'anonymous' => 0, 'participationtarget' => '30', 'resultsvisible' => 0]);
        $data = (new \local_digitalstrategy\form\campaign_form(null, $custom))->get_campaign_data();
        $this->assertSame(['all', 0, 'person', 0, '30'], [$data->target, $data->targetid, $data->respondent,
            $data->anonymous, $data->participationtarget]);
        $campaign = \core\di::get(campaign_service::class)->create($data, 2);
        $this->assertSame(self::NAME, $campaign->name);
    }

    public function test_the_form_of_an_opened_campaign_keeps_its_locked_fields_and_saves_the_others(): void {
        $this->resetAfterTest();
        $this->setAdminUser();
        $campaign = $this->generator()->create_campaign(['target' => 'pilot', 'respondent' => 'person', 'anonymous' => 0,
            'timeclose' => time() + WEEKSECS]);
        $instrumentid = $this->generator()->get_instrument_id('mitgliederbefragung');
        $custom = ['instruments' => [$instrumentid => 'Mitgliederbefragung'], 'cohorts' => [], 'courses' => [],
            'defaults' => ['participationtarget' => 30, 'resultsvisible' => 1], 'current' => $campaign];
        // A forged post tries to change the target and anonymity of the open campaign.
        $later = time() + 2 * WEEKSECS;
        \local_digitalstrategy\form\campaign_form::mock_submit(['id' => $campaign->id, 'name' => self::NAME,
            'instrumentid' => $instrumentid, 'target' => 'all', 'respondent' => 'organisation', 'anonymous' => 1,
            'timeclose' => $later, 'participationtarget' => '45', 'resultsvisible' => 1]);
        $form = new \local_digitalstrategy\form\campaign_form(null, $custom);
        $data = $form->get_campaign_data();
        $this->assertNotNull($data, implode(', ', $form->validation((array) $form->get_submitted_data(), [])));
        $saved = \core\di::get(campaign_service::class)->update($campaign, $data, 2);
        $this->assertSame([self::NAME, 45, 'pilot', 'person', false], [$saved->name, $saved->participationtarget,
            $saved->target, $saved->respondent, $saved->anonymous]);

        ob_start();
        $form->display();
        $html = ob_get_clean();
        $this->assertStringContainsString(get_string('campaign_lockedafteropen', 'local_digitalstrategy'), $html);
        $this->assertStringContainsString(get_string('savechanges'), $html);
    }

    public function test_the_csv_import_takes_region_and_a_valid_contact_address(): void {
        $this->resetAfterTest();
        $this->setAdminUser();
        $import = \core\di::get(\local_digitalstrategy\local\import\organisation_import::class);
        $columns = ['idnumber', 'name', 'region', 'contactemail'];
        $this->assertSame([], $import->check_columns($columns));
        $rows = [['imp-1', 'Träger & Co', 'Nord', 'kontakt@example.org'], ['imp-2', 'Ohne Adresse', 'Süd', 'keine adresse']];
        $preview = $import->preview($columns, $rows);
        $this->assertSame([], $preview[0]->errors);
        $this->assertSame('contactemail', $preview[1]->errors[0][2]);
        $import->apply($preview, 2);
        $org = \core\di::get(\local_digitalstrategy\local\organisation_repository::class)->get_by_idnumber('imp-1');
        $this->assertSame(['Nord', 'kontakt@example.org'], [$org->get_region(), $org->get_contactemail()]);
        $this->assertNull(\core\di::get(\local_digitalstrategy\local\organisation_repository::class)->get_by_idnumber('imp-2'));
    }

    public function test_privacy_exports_a_persons_invitations_and_deletion_removes_user_and_address(): void {
        global $DB;
        $this->resetAfterTest();
        $user = $this->getDataGenerator()->create_user();
        $campaign = $this->generator()->create_campaign(['respondent' => 'person', 'name' => self::NAME]);
        [$invite] = $this->generator()->create_invite($campaign, ['userid' => $user->id, 'email' => 'p@example.org']);
        $this->assertEquals(
            [\context_system::instance()->id],
            \local_digitalstrategy\privacy\provider::get_contexts_for_userid($user->id)->get_contextids()
        );

        $list = new \core_privacy\local\request\approved_contextlist(
            $user,
            'local_digitalstrategy',
            [\context_system::instance()->id]
        );
        \local_digitalstrategy\privacy\provider::export_user_data($list);
        $writer = \core_privacy\local\request\writer::with_context(\context_system::instance());
        $data = $writer->get_data([get_string('pluginname', 'local_digitalstrategy'),
            get_string('privacy:path:invites', 'local_digitalstrategy')]);
        $this->assertSame(self::NAME, $data->invitations[0]['campaign']);
        $this->assertSame('p@example.org', $data->invitations[0]['email']);

        \local_digitalstrategy\privacy\provider::delete_data_for_user($list);
        $after = $DB->get_record('local_digitalstrategy_invite', ['id' => $invite->id]);
        $this->assertSame(['0', '', ''], [(string) $after->userid, $after->email, $after->tokenhash]);
    }
}
