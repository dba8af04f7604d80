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

use local_digitalstrategy\event\campaign_answered;
use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\questionnaire\answer;
use local_digitalstrategy\local\questionnaire\answer_validator;
use local_digitalstrategy\local\questionnaire\completeness;
use local_digitalstrategy\local\questionnaire\instrument;
use local_digitalstrategy\local\questionnaire\instrument_repository;
use local_digitalstrategy\local\questionnaire\invalid_answer;
use local_digitalstrategy\local\questionnaire\save_result;

/**
 * Answering a campaign: saving draft answers as they are given and submitting the response.
 *
 * Submitting happens once per invite (under a lock, so two tabs cannot both submit) and in one
 * transaction: the response and its values are inserted, the invite is marked responded and its
 * drafts are deleted. In anonymous campaigns the response carries no organisation, user or
 * timestamp and the invite gets no time of response, so nothing joins the two (only field of
 * work and pilot status are kept, for filtered results under the k rule).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class response_service {
    /** @var string The response table. */
    public const RESPONSE_TABLE = 'local_digitalstrategy_response';
    /** @var string The table of a response's values. */
    public const VALUE_TABLE = 'local_digitalstrategy_respval';
    /** @var int Seconds to wait for the submission lock of an invite. */
    private const LOCK_TIMEOUT = 10;

    /**
     * Creates the service.
     *
     * @param \moodle_database $db
     * @param \core\clock $clock
     * @param draft_repository $drafts
     * @param campaign_repository $campaigns
     * @param instrument_repository $instruments
     * @param organisation_repository $organisations
     */
    public function __construct(
        /** @var \moodle_database */
        private readonly \moodle_database $db,
        /** @var \core\clock */
        private readonly \core\clock $clock,
        /** @var draft_repository */
        private readonly draft_repository $drafts,
        /** @var campaign_repository */
        private readonly campaign_repository $campaigns,
        /** @var instrument_repository */
        private readonly instrument_repository $instruments,
        /** @var organisation_repository */
        private readonly organisation_repository $organisations,
    ) {
    }

    /**
     * The instrument version the campaign runs.
     *
     * @param respondent $respondent
     * @return instrument
     */
    public function instrument(respondent $respondent): instrument {
        return $this->instruments->get($respondent->campaign->instrumentid);
    }

    /**
     * The draft answers of the respondent's invite by item key.
     *
     * @param respondent $respondent
     * @return array<string, answer>
     */
    public function answers(respondent $respondent): array {
        return $this->drafts->get_answers($respondent->inviteid);
    }

    /**
     * How complete the draft is (required items; no minimum share of answers beyond one).
     *
     * @param respondent $respondent
     * @return completeness
     */
    public function completeness(respondent $respondent): completeness {
        return completeness::of($this->instrument($respondent), $this->answers($respondent), 0);
    }

    /**
     * Saves one answer of the draft.
     *
     * @param respondent $respondent
     * @param string $itemkey
     * @param string $value
     * @param bool $dontknow
     * @param int $seenversion the version the caller saw, 0 for none
     * @return save_result
     * @throws invalid_answer when the answer is not possible for the item (out of range, too long, ...)
     */
    public function save(respondent $respondent, string $itemkey, string $value, bool $dontknow, int $seenversion): save_result {
        $proposed = (new answer_validator($this->instrument($respondent)))
            ->normalise($itemkey, $value, $dontknow, answer::RELEVANCE_NONE);
        return $this->drafts->save($respondent->inviteid, $proposed, max(0, $seenversion), $respondent->userid);
    }

    /**
     * Submits the response when every required item is answered.
     *
     * @param respondent $respondent
     * @return array{0: bool, 1: completeness} whether it was submitted, and the completeness it was judged by
     * @throws respond_exception submitted (a second tab was first), closed, revoked or declined meanwhile
     */
    public function submit(respondent $respondent): array {
        $lock = \core\lock\lock_config::get_lock_factory('local_digitalstrategy')
            ->get_lock('respond_submit_' . $respondent->inviteid, self::LOCK_TIMEOUT);
        if (!$lock) {
            throw new \moodle_exception('locktimeout', 'local_digitalstrategy');
        }
        try {
            $invite = $this->db->get_record(respond_access::INVITE_TABLE, ['id' => $respondent->inviteid], '*', MUST_EXIST);
            if (!empty($invite->responded)) {
                throw new respond_exception('submitted');
            }
            if ($invite->status === 'revoked') {
                throw new respond_exception('revoked');
            }
            $campaign = $this->campaigns->get($respondent->campaign->id);
            if (!$campaign->is_open($this->clock->time())) {
                throw new respond_exception('closed');
            }
            $instrument = $this->instruments->get($campaign->instrumentid);
            $answers = $this->drafts->get_answers($respondent->inviteid);
            $completeness = completeness::of($instrument, $answers, 0);
            if (!$completeness->can_submit()) {
                return [false, $completeness];
            }
            $this->store($campaign, $instrument, $respondent, $invite, $answers);
        } finally {
            $lock->release();
        }
        campaign_answered::create_for_campaign($campaign->id, $campaign->contextid, $campaign->is_anonymous())->trigger();
        return [true, $completeness];
    }

    /**
     * Inserts the response and its values, marks the invite responded and deletes its drafts, in one transaction.
     *
     * @param campaign $campaign
     * @param instrument $instrument
     * @param respondent $respondent
     * @param \stdClass $invite
     * @param array<string, answer> $answers
     */
    private function store(
        campaign $campaign,
        instrument $instrument,
        respondent $respondent,
        \stdClass $invite,
        array $answers
    ): void {
        $validator = new answer_validator($instrument);
        $values = [];
        foreach ($answers as $key => $answer) {
            if (!$answer->is_answered() || $instrument->get_item($key) === null) {
                continue;
            }
            // Drafts were checked when saved; checked again so nothing out of range reaches the results.
            $answer = $validator->normalise($key, $answer->value, $answer->dontknow, answer::RELEVANCE_NONE);
            $values[] = self::value_record($instrument->get_item($key), $answer);
        }
        $now = $this->clock->time();
        $anonymous = $campaign->is_anonymous();
        $organisation = null;
        if ($invite->orgid) {
            $organisation = $this->organisations->get((int) $invite->orgid);
        } else if ($invite->userid || $respondent->userid) {
            $organisation = $this->organisations->get_for_user((int) ($invite->userid ?: $respondent->userid));
        }
        $response = (object) [
            'campaignid' => $campaign->id,
            'orgid' => $anonymous || !$campaign->per_organisation() ? 0 : (int) $invite->orgid,
            'userid' => $anonymous ? 0 : (int) ($invite->userid ?: $respondent->userid),
            'fieldofwork' => $organisation ? $organisation->get_fieldofwork() : '',
            'pilot' => $organisation && $organisation->is_pilot() ? 1 : 0,
            'timesubmitted' => $anonymous ? 0 : $now,
        ];
        $transaction = $this->db->start_delegated_transaction();
        $responseid = $this->db->insert_record(self::RESPONSE_TABLE, $response);
        foreach ($values as $value) {
            $value->responseid = $responseid;
            $value->campaignid = $campaign->id;
        }
        $this->db->insert_records(self::VALUE_TABLE, $values);
        $update = (object) ['id' => $invite->id, 'responded' => 1];
        if (!$anonymous) {
            // In anonymous campaigns the invite keeps no time that could be matched with the response.
            $update->timeresponded = $now;
            $update->timemodified = $now;
        }
        $this->db->update_record(respond_access::INVITE_TABLE, $update);
        $this->drafts->delete_for_invite((int) $invite->id);
        $transaction->allow_commit();
    }

    /**
     * The stored value of an answer: as the check stores it (level or rating value, 1/0 for yes/no,
     * option keys, free text; "?" for don't know) and its number for numeric items.
     *
     * @param array $item
     * @param answer $answer
     * @return \stdClass itemkey, value, numvalue
     */
    public static function value_record(array $item, answer $answer): \stdClass {
        $value = $answer->dontknow ? draft_repository::DONTKNOW : $answer->value;
        $number = null;
        if (!$answer->dontknow) {
            switch ($item['type']) {
                case 'maturity':
                case 'rating':
                    $number = (float) $value;
                    break;
                case 'yesno':
                    $value = $value === 'yes' ? '1' : '0';
                    $number = (float) $value;
                    break;
                case 'single':
                    foreach ($item['options'] as $option) {
                        if ($option['key'] === $value && isset($option['score'])) {
                            $number = (float) $option['score'];
                        }
                    }
                    break;
            }
        }
        return (object) ['itemkey' => $item['key'], 'value' => $value, 'numvalue' => $number];
    }
}
