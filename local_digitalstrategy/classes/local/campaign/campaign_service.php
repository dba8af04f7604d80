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

use local_digitalstrategy\event\campaign_closed;
use local_digitalstrategy\event\campaign_created;
use local_digitalstrategy\event\campaign_opened;
use local_digitalstrategy\event\campaign_updated;
use local_digitalstrategy\local\settings;
use stdClass;

/**
 * What the project team does with a survey campaign: create it (with the rules checked), open it
 * (inviting the target group and queueing the mails), close it, revoke an invitation, send the one
 * manual reminder round; and what an invited contact does without an account: decline.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class campaign_service {
    /**
     * Creates the service.
     *
     * @param \moodle_database $db
     * @param \core\clock $clock
     * @param campaign_repository $campaigns
     * @param invite_repository $invites
     * @param invite_target_repository $targets
     * @param settings $settings
     */
    public function __construct(
        /** @var \moodle_database The database (for transactions and lookups of instruments, cohorts, courses). */
        private readonly \moodle_database $db,
        /** @var \core\clock The clock. */
        private readonly \core\clock $clock,
        /** @var campaign_repository The campaigns. */
        private readonly campaign_repository $campaigns,
        /** @var invite_repository The invitations. */
        private readonly invite_repository $invites,
        /** @var invite_target_repository The target groups. */
        private readonly invite_target_repository $targets,
        /** @var settings The plugin settings. */
        private readonly settings $settings,
    ) {
    }

    /** @var string[] What cannot change once a campaign has been opened: it would change whom and what was asked. */
    public const LOCKED_AFTER_OPEN = ['instrumentid', 'target', 'targetid', 'respondent', 'anonymous', 'timeopen'];

    /**
     * Checks a campaign's data.
     *
     * @param stdClass $data name, instrumentid, target, targetid, respondent, timeopen, timeclose, participationtarget
     * @param campaign|null $current the campaign being edited (a close date it already has may lie in the past)
     * @return array<string, string> form field => language string key of the problem (empty when fine)
     */
    public function validate(stdClass $data, ?campaign $current = null): array {
        $errors = [];
        $name = trim((string) ($data->name ?? ''));
        if ($name === '') {
            $errors['name'] = 'campaign_error_name';
        } else if (\core_text::strlen($name) > 255) {
            $errors['name'] = 'campaign_error_namelength';
        }
        $kind = $this->db->get_field('local_digitalstrategy_instr', 'kind', ['id' => (int) ($data->instrumentid ?? 0)]);
        if (!in_array($kind, ['survey', 'feedback'], true)) {
            $errors['instrumentid'] = 'campaign_error_instrument';
        }
        $target = (string) ($data->target ?? '');
        $targetid = (int) ($data->targetid ?? 0);
        if (!in_array($target, invite_target_repository::SURVEY_TARGETS, true)) {
            $errors['target'] = 'campaign_error_target';
        } else if ($target === 'cohort' && !$this->db->record_exists('cohort', ['id' => $targetid])) {
            $errors['targetid'] = 'campaign_error_cohort';
        } else if (
            $target === 'course'
            && ($targetid === (int) SITEID || !$this->db->record_exists('course', ['id' => $targetid]))
        ) {
            $errors['targetid'] = 'campaign_error_course';
        }
        if (!in_array((string) ($data->respondent ?? ''), campaign::RESPONDENTS, true)) {
            $errors['respondent'] = 'campaign_error_respondent';
        }
        $open = (int) ($data->timeopen ?? 0);
        $close = (int) ($data->timeclose ?? 0);
        if ($close > 0 && $close <= $open) {
            $errors['timeclose'] = 'campaign_error_dates';
        } else if ($close > 0 && $close <= $this->clock->time() && (!$current || $close !== $current->timeclose)) {
            $errors['timeclose'] = 'campaign_error_closepast';
        }
        $percent = $data->participationtarget ?? null;
        if (!is_numeric($percent) || (int) $percent < 1 || (int) $percent > 100 || (int) $percent != $percent) {
            $errors['participationtarget'] = 'campaign_error_participationtarget';
        }
        return $errors;
    }

    /**
     * Creates a campaign as a draft.
     *
     * @param stdClass $data as for validate(), plus anonymous and resultsvisible
     * @param int $userid
     * @return campaign
     * @throws \invalid_parameter_exception when the data breaks a rule
     */
    public function create(stdClass $data, int $userid): campaign {
        $errors = $this->validate($data);
        if ($errors) {
            throw new \invalid_parameter_exception(implode(', ', array_unique($errors)));
        }
        $target = (string) $data->target;
        $campaign = $this->campaigns->insert((object) [
            'instrumentid' => (int) $data->instrumentid,
            'name' => trim((string) $data->name),
            'kind' => (string) $this->db->get_field('local_digitalstrategy_instr', 'kind', ['id' => (int) $data->instrumentid]),
            'target' => $target,
            'targetid' => in_array($target, ['cohort', 'course'], true) ? (int) $data->targetid : 0,
            'contextid' => \context_system::instance()->id,
            'respondent' => (string) $data->respondent,
            'anonymous' => empty($data->anonymous) ? 0 : 1,
            'status' => 'draft',
            'timeopen' => (int) ($data->timeopen ?? 0),
            'timeclose' => (int) ($data->timeclose ?? 0),
            'eventdate' => 0,
            'resultsvisible' => isset($data->resultsvisible) ? (empty($data->resultsvisible) ? 0 : 1)
                : (int) $this->settings->results_visible_default(),
            'participationtarget' => (int) $data->participationtarget,
            'publictokenhash' => '',
        ], $userid);
        campaign_created::create_from_campaign($campaign)->trigger();
        return $campaign;
    }

    /**
     * Whether the campaign can be edited on the campaign form (survey campaigns; feedback is
     * attached in its circle or on the feedback page).
     *
     * @param campaign $campaign
     * @return bool
     */
    public function is_editable(campaign $campaign): bool {
        return in_array($campaign->target, invite_target_repository::SURVEY_TARGETS, true);
    }

    /**
     * Changes a campaign. A draft changes in everything; once opened, only its name, close date,
     * participation target and whether results are shown after the close (LOCKED_AFTER_OPEN keep
     * their values whatever the data says).
     *
     * @param campaign $campaign
     * @param stdClass $data as for create()
     * @param int $userid
     * @return campaign
     * @throws \invalid_parameter_exception when the data breaks a rule or the campaign is not editable here
     */
    public function update(campaign $campaign, stdClass $data, int $userid): campaign {
        if (!$this->is_editable($campaign)) {
            throw new \invalid_parameter_exception('campaign_error_target');
        }
        $data = clone $data;
        if ($campaign->status !== 'draft') {
            foreach (self::LOCKED_AFTER_OPEN as $field) {
                $data->$field = $campaign->$field;
            }
        }
        $errors = $this->validate($data, $campaign);
        if ($errors) {
            throw new \invalid_parameter_exception(implode(', ', array_unique($errors)));
        }
        $target = (string) $data->target;
        $updated = $this->campaigns->update($campaign->id, [
            'instrumentid' => (int) $data->instrumentid,
            'name' => trim((string) $data->name),
            'kind' => (string) $this->db->get_field('local_digitalstrategy_instr', 'kind', ['id' => (int) $data->instrumentid]),
            'target' => $target,
            'targetid' => in_array($target, ['cohort', 'course'], true) ? (int) $data->targetid : 0,
            'respondent' => (string) $data->respondent,
            'anonymous' => empty($data->anonymous) ? 0 : 1,
            'timeopen' => (int) ($data->timeopen ?? 0),
            'timeclose' => (int) ($data->timeclose ?? 0),
            'resultsvisible' => empty($data->resultsvisible) ? 0 : 1,
            'participationtarget' => (int) $data->participationtarget,
        ], $userid);
        campaign_updated::create_from_campaign($updated)->trigger();
        return $updated;
    }

    /**
     * Opens a draft (or reopens a closed) campaign: invites the target group (those already
     * invited keep their invitation) and queues the mails.
     *
     * @param campaign $campaign
     * @param int $userid who opened it (0 for the task opening it at its open date)
     * @return int invitations added
     */
    public function open(campaign $campaign, int $userid): int {
        if ($campaign->status === 'open') {
            return 0;
        }
        $transaction = $this->db->start_delegated_transaction();
        $opened = $this->campaigns->update_status($campaign->id, 'open', $userid);
        $added = $this->invites->add_targets(
            (int) $campaign->id,
            $this->targets->targets($campaign),
            $campaign->respondent !== 'person'
        );
        $transaction->allow_commit();
        campaign_opened::create_from_campaign($opened, $added)->trigger();
        $this->queue_mail($opened, 0);
        return $added;
    }

    /**
     * Closes an open campaign: no more answers, no more reminders.
     *
     * @param campaign $campaign
     * @param int $userid
     */
    public function close(campaign $campaign, int $userid): void {
        if ($campaign->status !== 'open') {
            return;
        }
        campaign_closed::create_from_campaign($this->campaigns->update_status($campaign->id, 'closed', $userid))->trigger();
    }

    /**
     * Revokes an invitation: its link stops working and it gets no more mail.
     *
     * @param campaign $campaign
     * @param int $inviteid
     * @param int $userid
     * @throws \moodle_exception when the invitation is not the campaign's
     */
    public function revoke(campaign $campaign, int $inviteid, int $userid): void {
        $invite = $this->invites->get($inviteid);
        if ((int) $invite->campaignid !== (int) $campaign->id) {
            throw new \moodle_exception('invite_error_notfound', 'local_digitalstrategy');
        }
        if ($invite->status === 'revoked') {
            return;
        }
        $this->invites->set_status($inviteid, 'revoked');
        $this->invites->log((int) $campaign->id, $inviteid, 'revoke', 'done', '', $userid);
    }

    /**
     * Declines an invitation through the link of its mail: no reminders any more.
     *
     * @param string $token
     * @return string 'declined', 'already' (declined before), 'responded' (answered already: nothing
     *     changed) or 'invalid' (unknown, replaced or revoked token)
     */
    public function decline(string $token): string {
        $invite = $this->invites->get_by_token($token);
        if (!$invite || $invite->status === 'revoked') {
            return 'invalid';
        }
        if ($invite->status === 'declined') {
            return 'already';
        }
        if ((int) $invite->responded === 1) {
            return 'responded';
        }
        $this->invites->set_status((int) $invite->id, 'declined');
        $this->invites->log((int) $invite->campaignid, (int) $invite->id, 'decline', 'done');
        return 'declined';
    }

    /**
     * Starts the one manual reminder round of a campaign: recorded now, the mails go out with the
     * next run of the mail task (ignoring the spacing, keeping the maximum).
     *
     * @param campaign $campaign
     * @param int $userid
     * @return bool false when the round was sent already or the campaign is not open
     */
    public function manual_reminder_round(campaign $campaign, int $userid): bool {
        if ($campaign->status !== 'open' || $this->invites->manual_round_sent((int) $campaign->id)) {
            return false;
        }
        $this->invites->log((int) $campaign->id, 0, 'remind', 'done', '', $userid);
        $this->queue_mail($campaign, $userid);
        return true;
    }

    /**
     * Opens the drafts whose open date has come and closes the open campaigns whose close date has passed.
     *
     * @return array{opened: int, closed: int}
     */
    public function apply_dates(): array {
        $now = $this->clock->time();
        $counts = ['opened' => 0, 'closed' => 0];
        $ids = $this->db->get_fieldset_select(
            'local_digitalstrategy_campaign',
            'id',
            "status = 'draft' AND timeopen > 0 AND timeopen <= ? AND (timeclose = 0 OR timeclose > ?)",
            [$now, $now]
        );
        foreach ($ids as $id) {
            $this->open($this->campaigns->get((int) $id), 0);
            $counts['opened']++;
        }
        $ids = $this->db->get_fieldset_select(
            'local_digitalstrategy_campaign',
            'id',
            "status = 'open' AND timeclose > 0 AND timeclose <= ?",
            [$now]
        );
        foreach ($ids as $id) {
            $this->close($this->campaigns->get((int) $id), 0);
            $counts['closed']++;
        }
        return $counts;
    }

    /**
     * The ids of the open campaigns.
     *
     * @return int[]
     */
    public function open_campaign_ids(): array {
        return array_map('intval', $this->db->get_fieldset_select('local_digitalstrategy_campaign', 'id', "status = 'open'", []));
    }

    /**
     * Queues the mail task for a campaign.
     *
     * @param campaign $campaign
     * @param int $manualby the user who asked for a manual reminder round (0: the invitations)
     */
    private function queue_mail(campaign $campaign, int $manualby): void {
        $task = new \local_digitalstrategy\task\send_invitations();
        $task->set_custom_data(['campaignid' => (int) $campaign->id, 'manualby' => $manualby]);
        \core\task\manager::queue_adhoc_task($task);
    }
}
