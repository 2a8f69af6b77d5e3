-- Whether the patient's gateway answers a video call by itself: for patients who cannot reach the
-- screen. A care setting of the patient like the SpO2 scale, chosen by a doctor of the care team or a
-- supervisor (who changed it and when is on the audit trail); off unless someone turns it on.
ALTER TABLE care_patient ADD COLUMN auto_answer_calls BOOLEAN DEFAULT FALSE NOT NULL;
