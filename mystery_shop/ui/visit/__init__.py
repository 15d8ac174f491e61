"""The visit screen: touchpoints, questions, the finish dialog and the signature pad."""
